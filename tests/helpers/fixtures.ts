import { createLocalReq, type Payload } from 'payload'

import { lexicalBody, paragraphNode, quoteNode } from '../../src/plugin/richText/lexical'
import { legalFingerprint } from '../../src/plugin/workflow/legalReview'
import { signedTextOf } from '../../src/plugin/workflow/signedText'

/** A Lexical document of plain paragraphs, as the admin's editor would save it. */
export const lexicalParagraphs = (...paragraphs: string[]) =>
  lexicalBody(...paragraphs.map((text) => paragraphNode(text)))

const blockIdFor = (quoteId: number | string, salt = '') =>
  `b${quoteId}${salt}`.padEnd(24, 'a').slice(0, 24)

/** A body with one paragraph: text, then an inline reference to the quote. */
export const bodyQuoting = (quoteId: number | string, before = 'As one source put it: “') =>
  lexicalBody(paragraphNode(before, quoteNode(quoteId, blockIdFor(quoteId)), '”'))

/** A body with one paragraph per quote, each quoting it inline. */
export const bodyQuotingAll = (quoteIds: (number | string)[]) =>
  lexicalBody(
    ...quoteIds.map((quoteId, index) =>
      paragraphNode(
        `Source ${index + 1} said: “`,
        quoteNode(quoteId, blockIdFor(quoteId, String(index))),
        '”',
      ),
    ),
  )

let counter = 0
const unique = (prefix: string) =>
  `${prefix} ${++counter}-${Math.random().toString(36).slice(2, 7)}`

/**
 * A legal sign-off for this text, in the name of the first legal (or admin) account: what the
 * publish gate asks of a story quoting an anonymous source or unverified footage. For fixtures whose
 * test is not about the gate; the workflow tests sign off through legal's endpoint.
 */
export const signedOff = async (
  payload: Payload,
  text: { title?: unknown; dek?: unknown; body?: unknown },
) => ({
  signedBy: (
    await payload.find({
      collection: 'users',
      where: { roles: { in: ['legal', 'admin'] } },
      sort: 'createdAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0]?.id,
  signedAt: new Date().toISOString(),
  fingerprint: legalFingerprint(
    await signedTextOf(await createLocalReq({}, payload), 'quotes', text.body),
  ),
  note: 'Test fixture',
})

/** A published article (signed off for its text, unless `legalSignOff` is given). */
export const makeArticle = async (payload: Payload, data: Record<string, unknown> = {}) => {
  const full: Record<string, unknown> = {
    title: unique('Article'),
    body: lexicalParagraphs('Body text.'),
    _status: 'published',
    ...data,
  }
  if (full._status === 'published' && !('legalSignOff' in data)) {
    full.legalSignOff = await signedOff(payload, full)
  }
  return payload.create({ collection: 'articles', data: full as any, overrideAccess: true })
}

export const makeAnonymousSource = (
  payload: Payload,
  approvedBy: number | string,
  data: Record<string, unknown> = {},
) =>
  payload.create({
    collection: 'sources',
    data: {
      description: unique('a colleague who spoke on condition of anonymity'),
      kind: 'anonymous',
      anonymity: {
        reason: 'Not authorised to speak publicly.',
        approvedBy,
        trueIdentity: 'Sgt. Secret Name, 555-0100',
      },
      ...data,
    } as any,
    overrideAccess: true,
  })

/** A named source (a person unless `kind` says otherwise: `official`, with a `role`). */
export const makeNamedSource = async (
  payload: Payload,
  data: { name: string; description: string; kind?: 'official' | 'person'; role?: string },
) =>
  (await payload.create({
    collection: 'sources',
    data: { kind: 'person', ...data } as any,
    overrideAccess: true,
  })) as { id: number; name: string }

export const makeQuote = (payload: Payload, data: Record<string, unknown>) =>
  payload.create({
    collection: 'quotes',
    data: { text: unique('Words'), kind: 'verbatim', ...data } as any,
    overrideAccess: true,
  })

export const makeComment = (
  payload: Payload,
  article: number | string,
  data: Record<string, unknown> = {},
) =>
  payload.create({
    collection: 'comments',
    data: {
      article,
      authorName: 'Reader',
      authorEmail: 'reader@example.com',
      body: unique('A comment'),
      status: 'approved',
      ...data,
    } as any,
    overrideAccess: true,
  })

/** Every value anywhere in a JSON document, so a test can say "this string is nowhere in it". */
export const containsDeep = (value: unknown, needle: string): boolean =>
  JSON.stringify(value ?? null).includes(needle)
