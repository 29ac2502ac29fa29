/** Access matrix: the documents the cells read or point at, with what only some roles may see. */
import {
  bodyQuotingAll,
  makeAnonymousSource,
  makeArticle,
  makeComment,
  makeQuote,
  signedOff,
} from '../../helpers/fixtures'
import { type AccessMatrix } from './context'
import { documentsOf } from './documents'

/** What only some roles may read: stored in the fixtures, looked for by sensitiveFields.ts. */
export const SECRETS = {
  identity: 'Matrix true identity 555-0199',
  commenterEmail: 'matrix.commenter@example.com',
  reportText: 'Matrix private error report',
  reportEmail: 'matrix.reporter@example.com',
  formerName: 'Matrix Former Name',
  webhookUrl: 'https://93.184.216.34/matrix-private-hook',
  editorialNote: 'Matrix internal note: check the clip with the lawyer',
  signOffNote: 'Matrix legal sign-off note',
  filmedBy: 'Matrix bystander who filmed it',
  originalUrl: 'https://social.example/matrix-original-post',
  verifiedBy: 'Matrix verification desk member',
  authorEmail: 'matrix.author@example.com',
  withheldAuthor: 'Matrix Withheld Author',
  withholdingReason: 'Matrix withholding reason',
  rightsRestriction: 'Matrix rights restriction: print only',
  credentialsSigner: 'Matrix Credentials Signer',
}

/** Run by the test file's beforeAll, once the newsroom and the photo are there. */
export const makeFixtures = async (matrix: AccessMatrix) => {
  const { payload } = matrix.newsroom
  const { photoFile } = documentsOf(matrix)
  const article = await makeArticle(payload, { title: 'Matrix story' })
  const source = await makeAnonymousSource(payload, matrix.newsroom.userId('editor'), {
    anonymity: {
      reason: 'Matrix reason',
      approvedBy: matrix.newsroom.userId('editor'),
      trueIdentity: SECRETS.identity,
    },
  })
  const quote = await makeQuote(payload, { article: article.id, speaker: source.id })
  const comment = await makeComment(payload, article.id, { authorEmail: SECRETS.commenterEmail })
  const report = await payload.create({
    collection: 'error-reports',
    data: { article: article.id, text: SECRETS.reportText, email: SECRETS.reportEmail } as never,
    overrideAccess: true,
  })
  const flag = await payload.create({
    collection: 'comment-reports',
    data: { comment: comment.id, reason: 'Matrix flag' },
    overrideAccess: true,
  })
  // A named source later made anonymous: its former name is an identity too.
  const renamed = await payload.create({
    collection: 'sources',
    data: { kind: 'person', name: SECRETS.formerName, description: 'matrix witness' },
    overrideAccess: true,
  })
  await payload.update({
    collection: 'sources',
    id: renamed.id,
    data: {
      kind: 'anonymous',
      anonymity: { reason: 'Matrix reason', approvedBy: matrix.newsroom.userId('editor') },
    } as never,
    overrideAccess: true,
  })
  const renamedQuote = await makeQuote(payload, { speaker: renamed.id })
  // Footage the story cites: who filmed it, where the original is and who verified it stay inside.
  const footage = await payload.create({
    collection: 'sources',
    data: {
      kind: 'footage',
      description: 'matrix clip',
      provenance: {
        verificationStatus: 'verified',
        verificationMethod: 'Matrix method',
        rights: 'Matrix rights',
        filmedBy: SECRETS.filmedBy,
        originalUrl: SECRETS.originalUrl,
        verifiedBy: SECRETS.verifiedBy,
      },
    },
    overrideAccess: true,
  })
  const footageQuote = await makeQuote(payload, { speaker: footage.id })
  // The body quotes the anonymous source, so the article itself leads to the identity if anything leaks.
  await payload.update({
    collection: 'articles',
    id: article.id,
    data: {
      body: bodyQuotingAll([quote.id, renamedQuote.id, footageQuote.id]),
      legalSignOff: {
        ...(await signedOff(payload, {
          title: article.title,
          body: bodyQuotingAll([quote.id, renamedQuote.id, footageQuote.id]),
        })),
        note: SECRETS.signOffNote,
      },
    },
    overrideAccess: true,
  })
  // The story's authors: one public (with the newsroom's private email for them), one whose byline is withheld.
  const author = await payload.create({
    collection: 'authors',
    data: {
      name: 'Matrix Author',
      email: SECRETS.authorEmail,
      user: matrix.newsroom.userId('reporter'),
    } as never,
    overrideAccess: true,
  })
  const withheldAuthor = await payload.create({
    collection: 'authors',
    data: {
      name: SECRETS.withheldAuthor,
      withholdByline: { withheld: true, reason: SECRETS.withholdingReason },
    } as never,
    overrideAccess: true,
  })
  await payload.update({
    collection: 'articles',
    id: article.id,
    data: {
      authors: [
        { author: author.id, role: 'written-by' },
        { author: withheldAuthor.id, role: 'reporting-by' },
      ],
      // Credited on an update too: the update's byline is withheld like the story's.
      updateLog: [{ type: 'update', text: 'Matrix update', authors: [withheldAuthor.id] }],
    } as never,
    overrideAccess: true,
  })
  // A webhook and one delivery (its URL and secret are admins' only).
  const webhook = await payload.create({
    collection: 'webhooks',
    data: { url: SECRETS.webhookUrl, events: ['article.corrected'] } as never,
    overrideAccess: true,
  })
  const delivery = await payload.create({
    collection: 'webhook-deliveries',
    data: {
      webhook: webhook.id,
      event: 'article.corrected',
      messageId: 'msg_matrix_fixture',
      payload: { type: 'article.corrected', data: { url: SECRETS.webhookUrl } },
      status: 'delivered',
    } as never,
    overrideAccess: true,
  })
  const webhookSecret = (webhook as unknown as { secret: string }).secret
  const note = await payload.create({
    collection: 'editorial-notes',
    data: { article: article.id, text: SECRETS.editorialNote },
    overrideAccess: true,
  })
  // The story's picture, given by the anonymous source: readers see the picture, never whose it is.
  const picture = await payload.create({
    collection: 'media',
    data: {
      alt: 'Matrix picture',
      source: source.id,
      // What only staff read of a picture: its rights, and (below) what its credentials say.
      rights: {
        category: 'agency',
        restrictions: SECRETS.rightsRestriction,
        expiresAt: new Date(Date.now() + 365 * 86_400_000).toISOString(),
      },
    } as never,
    file: photoFile(),
    overrideAccess: true,
  })
  // The upload's own reading (none in this photo) is what the system wrote; a reading as from a signed file:
  await payload.update({
    collection: 'media',
    id: picture.id,
    data: { credentials: { state: 'valid', signedBy: SECRETS.credentialsSigner } } as never,
    overrideAccess: true,
  })
  await payload.update({
    collection: 'articles',
    id: article.id,
    data: { heroImage: picture.id },
    overrideAccess: true,
  })
  // The quote's staff title names its anonymous speaker (by description) beside the words: readers are never told which quotes an anonymous source gave.
  // Its speaker-and-words part: the story's headline at its end may change under the CRUD cells.
  const quoteLabel = (
    (await payload.findByID({ collection: 'quotes', id: quote.id, overrideAccess: true })) as {
      label?: string
    }
  ).label?.split(' — ')[0]
  const fixtures = {
    article,
    source,
    quote,
    quoteLabel,
    comment,
    report,
    flag,
    webhook,
    delivery,
    note,
    picture,
    author,
    withheldAuthor,
  }
  return { fixtures, webhookSecret }
}
