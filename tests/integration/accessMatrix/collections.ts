/** Access matrix: who may create, read, update, delete and copy each collection's documents. */
import { makeComment } from '../../helpers/fixtures'
import { uploadForm } from '../../helpers/images'
import { type Who } from '../../helpers/newsroom'
import { type AccessMatrix, ROLES, STAFF } from './context'
import { change, client, documentsOf, latestNumber } from './documents'

type Operation = 'create' | 'delete' | 'duplicate' | 'read' | 'update'
type Cell = { collection: string; allowed: Record<Operation, Who[]> }
const ALL = ROLES
const MATRIX: Cell[] = [
  // Reporters write (and copy) stories but edit only their own (the target here is not theirs); legal edits none.
  {
    collection: 'articles',
    allowed: {
      create: ['reporter', 'editor', 'admin'],
      read: ALL,
      update: ['editor', 'admin'],
      delete: ['editor', 'admin'],
      duplicate: ['reporter', 'editor', 'admin'],
    },
  },
  // Sources, quotes and pictures: the targets are used by no published story; once one is, only editors and admins update it (security/publishing/notChangedBehindTheirBacks.ts, in security.review.test.ts).
  {
    collection: 'sources',
    allowed: {
      create: ['reporter', 'editor', 'admin'],
      read: ALL,
      update: ['reporter', 'editor', 'admin'],
      delete: ['editor', 'admin'],
      duplicate: ['reporter', 'editor', 'admin'],
    },
  },
  {
    collection: 'quotes',
    allowed: {
      create: ['reporter', 'editor', 'admin'],
      read: ALL,
      update: ['reporter', 'editor', 'admin'],
      delete: ['editor', 'admin'],
      duplicate: ['reporter', 'editor', 'admin'],
    },
  },
  // Authors: readers see those a published story credits (the fixture's); the target is a guest no published story credits, which reporters may still edit; nobody copies one.
  {
    collection: 'authors',
    allowed: {
      create: ['reporter', 'editor', 'admin'],
      read: ALL,
      update: ['reporter', 'editor', 'admin'],
      delete: ['editor', 'admin'],
      duplicate: [],
    },
  },
  // Pictures: staff upload them, readers see those a published story shows (the fixture's), nobody copies one.
  {
    collection: 'media',
    allowed: {
      create: ['reporter', 'editor', 'admin'],
      read: ALL,
      update: ['reporter', 'editor', 'admin'],
      delete: ['editor', 'admin'],
      duplicate: [],
    },
  },
  // Staff-only notes: any editorial staff reads and writes them; editors change or delete anyone's, the others their own (the target is the system's).
  {
    collection: 'editorial-notes',
    allowed: {
      create: STAFF,
      read: STAFF,
      update: ['editor', 'admin'],
      delete: ['editor', 'admin'],
      duplicate: [],
    },
  },
  // Collections readers write to are never copied, by anyone (a copy takes the original's hidden fields).
  {
    collection: 'comments',
    allowed: {
      create: ALL,
      read: ALL,
      update: ['moderator', 'admin'],
      delete: ['moderator', 'admin'],
      duplicate: [],
    },
  },
  {
    collection: 'comment-reports',
    allowed: {
      create: ALL,
      read: ['moderator', 'admin'],
      update: [],
      delete: ['moderator', 'admin'],
      duplicate: [],
    },
  },
  {
    collection: 'error-reports',
    allowed: {
      create: ALL,
      read: ['legal', 'editor', 'admin'],
      update: ['editor', 'admin'],
      delete: ['admin'],
      duplicate: [],
    },
  },
  {
    collection: 'users',
    allowed: {
      create: ['admin'],
      read: ['moderator', 'reporter', 'legal', 'editor', 'admin'],
      update: ['admin'],
      delete: ['admin'],
      duplicate: [],
    },
  },
  // Webhooks send requests from the server and hold signing secrets; their deliveries are written by the system only.
  {
    collection: 'webhooks',
    allowed: {
      create: ['admin'],
      read: ['admin'],
      update: ['admin'],
      delete: ['admin'],
      duplicate: [],
    },
  },
  {
    collection: 'webhook-deliveries',
    allowed: { create: [], read: ['admin'], update: [], delete: ['admin'], duplicate: [] },
  },
  // A story's editions are written by publishing only; staff read them, readers get them through the story's endpoints.
  {
    collection: 'editions',
    allowed: { create: [], read: STAFF, update: [], delete: [], duplicate: [] },
  },
]

const cells = MATRIX.flatMap(({ collection, allowed }) =>
  (['create', 'read', 'update', 'delete', 'duplicate'] as const).flatMap((operation) =>
    ROLES.map((who) => ({ collection, operation, who, allowed: allowed[operation].includes(who) })),
  ),
)

export const whoMayDoWhat = (matrix: AccessMatrix) => {
  const { newDoc, target } = documentsOf(matrix)

  describe('who may do what, over REST', () => {
    it.each(cells)(
      '$who $operation $collection → allowed: $allowed',
      async ({ collection, operation, who, allowed }) => {
        let status: number
        if (operation === 'create') {
          // Readers' submissions have their own endpoints for comments and reports; the collection route is what is tested here.
          const data = newDoc(collection, who)
          // Three reports send a comment back to pending (and out of reach): each report gets its own comment.
          if (collection === 'comment-reports') {
            data.comment = (
              await makeComment(matrix.newsroom.payload, matrix.fixtures.article.id)
            ).id
          }
          const body =
            collection === 'media'
              ? uploadForm(matrix.photo, `matrix-${latestNumber()}.jpg`, 'image/jpeg', data)
              : data
          const res = await matrix.newsroom.api(who, 'POST', `/api/${collection}`, body, client())
          status = res.status
          if (allowed && status >= 400) {
            throw new Error(`${status} ${JSON.stringify(res.body)}`)
          }
          expect(allowed ? [200, 201] : [401, 403]).toContain(status)
        } else if (operation === 'read') {
          const res = await matrix.newsroom.api(who, 'GET', `/api/${collection}?limit=5`)
          expect(allowed ? [200] : [401, 403]).toContain(res.status)
          if (allowed) {
            expect(res.body.docs.length).toBeGreaterThan(0)
          }
        } else if (operation === 'duplicate') {
          const doc = await target(collection)
          const before = (
            await matrix.newsroom.payload.count({
              collection: collection as never,
              overrideAccess: true,
            })
          ).totalDocs
          const res = await matrix.newsroom.api(
            who,
            'POST',
            `/api/${collection}/${doc.id}/duplicate`,
            {},
            client(),
          )
          if (allowed && res.status >= 400) {
            throw new Error(`${res.status} ${JSON.stringify(res.body)}`)
          }
          // Refused: not allowed (401/403), not visible (404), or no such route (404/405).
          expect(allowed ? [200, 201] : [401, 403, 404, 405]).toContain(res.status)
          expect(
            (
              await matrix.newsroom.payload.count({
                collection: collection as never,
                overrideAccess: true,
              })
            ).totalDocs,
          ).toBe(before + (allowed ? 1 : 0))
        } else {
          const doc = await target(collection)
          const res =
            operation === 'update'
              ? await matrix.newsroom.api(
                  who,
                  'PATCH',
                  `/api/${collection}/${doc.id}`,
                  change(collection),
                )
              : await matrix.newsroom.api(who, 'DELETE', `/api/${collection}/${doc.id}`)
          // A row the role cannot even see answers 404; one it can see but not change answers 403.
          expect(allowed ? [200] : [401, 403, 404]).toContain(res.status)
          const still = await matrix.newsroom.payload.count({
            collection: collection as never,
            where: { id: { equals: doc.id } },
            overrideAccess: true,
          })
          if (operation === 'delete') {
            expect(still.totalDocs).toBe(allowed ? 0 : 1)
          }
        }
      },
    )
  })
}
