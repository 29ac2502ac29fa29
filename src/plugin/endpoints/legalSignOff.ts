import type { Endpoint, PayloadRequest } from 'payload'

import { ValidationError } from 'payload'

import type { NewsroomSettings } from '../options'

import { hasRole, isEditorialStaff } from '../access/roles'
import { systemAccess } from '../access/systemAccess'
import { isDatabaseId } from '../ids'
import { storyText } from '../richText/lexical'
import { type ArticleStage, SIGN_OFF_ROLES } from '../vocabulary'
import {
  isSignOffCurrent,
  legalFingerprint,
  type LegalSignOff,
  reasonsForLegalReview,
} from '../workflow/legalReview'
import { signedTextOf } from '../workflow/signedText'
import { notFound, readJson, refuseUnless } from './requestHelpers'

const BEFORE_READY: ArticleStage[] = ['draft', 'in-edit', 'legal-review']

/** Legal's endpoints answer legal and admins only: 401 for a reader, 403 for other staff. */
export const refuseUnlessLegal = (req: PayloadRequest, what: string): Response | undefined =>
  refuseUnless(
    req,
    (user) => hasRole(user, ...SIGN_OFF_ROLES),
    `Only legal (or an admin) can ${what}.`,
  )

/** An optional text of the request body: a string of at most `max` characters, else a 400 naming it. */
export const optionalText = (
  req: PayloadRequest,
  collection: string,
  body: Record<string, unknown>,
  field: string,
  max: number,
  required = false,
): null | string => {
  const value = body[field]
  const blank =
    value === undefined || value === null || (typeof value === 'string' && !value.trim())
  const problem =
    blank && required
      ? `${field} is required: say why.`
      : !blank && typeof value !== 'string'
        ? `${field} must be text.`
        : typeof value === 'string' && value.length > max
          ? `${field} is longer than ${max} characters.`
          : undefined
  if (problem) {
    throw new ValidationError(
      { collection, errors: [{ path: field, message: problem }], req },
      req.t,
    )
  }
  return blank ? null : (value as string).trim()
}

/** The article's latest version (the draft legal reads), if the requester may read it. */
export const latestVersionOf = async (
  req: PayloadRequest,
  settings: NewsroomSettings,
  id: unknown,
) =>
  (
    await req.payload.find({
      collection: settings.slugs.articles,
      where: { id: { equals: id } },
      draft: true,
      depth: 0,
      limit: 1,
      overrideAccess: false,
      req,
    })
  ).docs[0] as Record<string, any> | undefined

/**
 * `POST /api/articles/:id/legal-sign-off` (legal, admins), body `{ "note"?: string }`: legal signs
 * off the story's latest text. The sign-off is saved on a new draft with a fingerprint of that text
 * (any later change voids it), and a story not yet ready moves to `ready`. Publishing stays an
 * editor's act.
 */
export const legalSignOff = (settings: NewsroomSettings): Endpoint => ({
  path: '/:id/legal-sign-off',
  method: 'post',
  handler: async (req) => {
    const refused = refuseUnlessLegal(req, 'sign a story off')
    if (refused) {
      return refused
    }
    const note = optionalText(req, settings.slugs.articles, await readJson(req), 'note', 2000)
    const article = await latestVersionOf(req, settings, req.routeParams?.id)
    if (!article) {
      return notFound('No article has this id.')
    }
    const legalSignOff = {
      signedBy: req.user!.id,
      signedAt: new Date().toISOString(),
      note,
      fingerprint: legalFingerprint(
        await signedTextOf(req, settings.slugs.quotes, storyText(article), {
          mediaSlug: settings.slugs.media,
          heroImage: article.heroImage,
        }),
      ),
    }
    const stage: ArticleStage = BEFORE_READY.includes(article.stage) ? 'ready' : article.stage
    const doc = await req.payload.update({
      collection: settings.slugs.articles,
      id: article.id,
      draft: true,
      data: { legalSignOff, stage },
      depth: 0,
      ...systemAccess(req),
    })
    return Response.json(
      {
        message:
          'Signed off. An editor can now publish this text; any change to it voids the sign-off.',
        legalSignOff: (doc as unknown as Record<string, unknown>).legalSignOff,
      },
      { status: 200 },
    )
  },
})

/**
 * `GET /api/articles/:id/legal-review` (editorial staff): for the story's latest text, why it needs
 * legal (an anonymous source, footage or a document not verified; empty: it does not), whether a
 * sign-off is recorded, and whether that sign-off is for this very text (`current`). Legal's panel
 * shows the reasons and offers Sign off only when no current sign-off stands.
 */
export const legalReviewState = (settings: NewsroomSettings): Endpoint => ({
  path: '/:id/legal-review',
  method: 'get',
  handler: async (req) => {
    const refused = refuseUnless(req, isEditorialStaff, 'Staff only: log in.')
    if (refused) {
      return refused
    }
    if (!isDatabaseId(req.routeParams?.id, req.payload.db)) {
      return notFound('No article has this id.')
    }
    const article = await latestVersionOf(req, settings, req.routeParams?.id)
    if (!article) {
      return notFound('No article has this id.')
    }
    const signed = await signedTextOf(req, settings.slugs.quotes, storyText(article), {
      mediaSlug: settings.slugs.media,
      heroImage: article.heroImage,
    })
    const signOff = article.legalSignOff as LegalSignOff | undefined
    return Response.json({
      reasons: reasonsForLegalReview(signed.quotes?.values() ?? [], signed.failingPictures),
      signedOff: Boolean(signOff?.signedBy),
      current: isSignOffCurrent(signOff, signed),
    })
  },
})
