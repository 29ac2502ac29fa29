/** Access matrix: the documents the cells create, change and delete, and their client addresses. */
import { lexicalParagraphs, makeComment } from '../../helpers/fixtures'
import { type Who } from '../../helpers/newsroom'
import { type AccessMatrix } from './context'

/** Each document, upload and client address takes a number of its own, so none repeats. */
let numbersTaken = 0
const takeNumber = () => ++numbersTaken
/** The number the latest document, upload or client address took. */
export const latestNumber = () => numbersTaken
/** Headers from a client address no request has used yet (198.18.0.x). */
export const client = () => ({ 'x-forwarded-for': `198.18.0.${takeNumber()}` })

/** A harmless change for each collection. */
export const change = (collection: string): Record<string, unknown> =>
  ({
    articles: { dek: 'Matrix dek' },
    sources: { role: 'Matrix role' },
    authors: { jobTitle: 'Matrix title' },
    quotes: { context: 'Matrix context' },
    comments: { pinned: true },
    'comment-reports': { reason: 'Matrix changed' },
    'error-reports': { status: 'dismissed' },
    users: { name: 'Matrix name' },
    webhooks: { description: 'Matrix' },
    'webhook-deliveries': { status: 'failed' },
    'editorial-notes': { resolved: true },
    media: { caption: 'Matrix caption' },
    editions: { withheld: 'Matrix' },
  })[collection]!

/** What the cells make, for the newsroom and fixtures the test file's beforeAll set up. */
export const documentsOf = (matrix: AccessMatrix) => {
  /** A valid new document for each collection, so a refusal can only be about access. */
  const newDoc = (collection: string, who?: Who): Record<string, unknown> => {
    const n = takeNumber()
    switch (collection) {
      // A reporter cannot publish (tested in workflow.ts, a behaviour of newsroom.default.test.ts): their new article is a draft.
      case 'articles':
        return {
          title: `Matrix new ${n}`,
          body: lexicalParagraphs('New.'),
          _status: who === 'reporter' ? 'draft' : 'published',
        }
      case 'editorial-notes':
        return { article: matrix.fixtures.article.id, text: `Matrix note ${n}` }
      case 'media':
        return { alt: `Matrix picture ${n}` }
      case 'sources':
        return { description: `matrix source ${n}`, kind: 'person' }
      case 'authors':
        return { name: `Matrix author ${n}` }
      case 'quotes':
        return { text: `Matrix words ${n}` }
      case 'comments':
        return {
          article: matrix.fixtures.article.id,
          authorName: 'M',
          authorEmail: `m${n}@example.com`,
          body: 'Matrix comment',
        }
      case 'comment-reports':
        return { comment: matrix.fixtures.comment.id, reason: `r${n}` }
      case 'error-reports':
        return { article: matrix.fixtures.article.id, text: `Matrix report ${n}` }
      case 'users':
        return {
          email: `matrix${n}@test.newsroom`,
          password: 'a long matrix password',
          roles: ['editor'],
        }
      case 'webhooks':
        return { url: `https://93.184.216.34/hooks/${n}`, events: ['article.corrected'] }
      case 'editions':
        return {
          article: matrix.fixtures.article.id,
          number: 1000 + n,
          slug: `matrix-edition-${n}`,
          etag: '"matrix"',
          document: { title: 'Matrix edition' },
        }
      case 'webhook-deliveries':
        return {
          webhook: matrix.fixtures.webhook.id,
          event: 'article.corrected',
          messageId: `msg_matrix_${n}`,
          payload: { type: 'article.corrected' },
          status: 'pending',
        }
      default:
        throw new Error(collection)
    }
  }

  /** A fresh document to update or delete, made by the system, so each cell starts from the same state. */
  const target = async (collection: string) => {
    const data = newDoc(collection)
    if (collection === 'comments') {
      Object.assign(data, { status: 'approved' })
    }
    if (collection === 'comment-reports') {
      const comment = await makeComment(matrix.newsroom.payload, matrix.fixtures.article.id)
      Object.assign(data, { comment: comment.id })
    }
    return (await matrix.newsroom.payload.create({
      collection: collection as never,
      data: data as never,
      overrideAccess: true,
      ...(collection === 'media' ? { file: photoFile() } : {}),
    })) as { id: number | string }
  }

  /** The photo as a file for the local API, under a name of its own. */
  const photoFile = () => ({
    data: matrix.photo,
    mimetype: 'image/jpeg',
    name: `matrix-${takeNumber()}.jpg`,
    size: matrix.photo.length,
  })

  return { newDoc, target, photoFile }
}
