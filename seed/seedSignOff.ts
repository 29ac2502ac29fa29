/** The legal sign-off the seed records, so the seeded story passes the publish gate; never over a lawyer's. */
import type { PayloadRequest } from 'payload'

import { isSignOffCurrent, legalFingerprint, signedTextOf } from 'newsroom-payload'

import type { DocID, Step } from './seedStep'

/**
 * The seed's legal sign-off: the story quotes an anonymous colleague and an unverified clip, so the
 * publish gate asks for one. It is plainly seed data, given for the text as seeded; nothing is
 * added to the story itself.
 */
export const seedSignOff = async (
  req: Partial<PayloadRequest>,
  signer: DocID | undefined,
  text: { title: string; dek?: null | string; body: unknown },
) =>
  signer === undefined
    ? undefined
    : {
        signedBy: signer,
        signedAt: new Date().toISOString(),
        fingerprint: legalFingerprint(
          await signedTextOf(req as PayloadRequest, 'quotes', text.body),
        ),
        note: 'Seed data: recorded by the seed so the seeded story passes the publish gate. No lawyer reviewed this text.',
      }

/**
 * A story seeded before the legal sign-off existed gets the seed's sign-off for its published text,
 * so it passes the gate when an editor next publishes it; so does one whose seed sign-off no longer
 * matches (recorded before the fingerprint covered the quotes). Never over a lawyer's sign-off, and
 * only when no draft is pending over it (that draft is an editor's work in progress and is left
 * exactly as it is).
 */
export const signOffKeptArticle = async (
  { payload, req, log }: Step,
  id: DocID,
  signer: DocID | undefined,
) => {
  const published = (await payload.findByID({
    collection: 'articles',
    id,
    depth: 0,
    req,
  })) as unknown as Record<string, any>
  if (published._status !== 'published' || signer === undefined) {
    return
  }
  const signOff = published.legalSignOff
  const seedsOwn = typeof signOff?.note === 'string' && signOff.note.startsWith('Seed data:')
  if (
    signOff?.fingerprint &&
    !(
      seedsOwn &&
      !isSignOffCurrent(
        signOff,
        await signedTextOf(req as PayloadRequest, 'quotes', published.body),
      )
    )
  ) {
    return
  }
  const latest = (await payload.findByID({
    collection: 'articles',
    id,
    depth: 0,
    draft: true,
    req,
  })) as unknown as Record<string, any>
  if (latest._status !== 'published') {
    return log('  legal sign-off: not recorded (a draft is pending over the published story)')
  }
  await payload.update({
    collection: 'articles',
    id,
    data: { legalSignOff: await seedSignOff(req, signer, published as never) },
    req,
  })
  log('  legal sign-off: recorded for the published text')
}
