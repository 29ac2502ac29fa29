/** Each read and write a newsroom does besides delivery, under load: lists, a source page, the moderation queue, a publish, a comment. */
import { STORY_SLUG } from '../../helpers/productionServer'
import { commentPost } from '../commentPost'
import { type Measure, measure } from './load'

type Headers = { authorization: string }

const login = async (base: string, email: string, password: string) =>
  (
    (await (
      await fetch(`${base}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password }),
      })
    ).json()) as { token: string }
  ).token

/** Who the surfaces are measured as (an editor, a moderator) and on (a source, the seeded story). */
export const setUpSurfaces = async (base: string, env: NodeJS.ProcessEnv) => {
  const editor = {
    authorization: `JWT ${await login(base, env.EDITOR_EMAIL ?? 'editor@newsroom.test', env.EDITOR_PASSWORD!)}`,
  }
  const moderator = {
    authorization: `JWT ${await login(base, env.MODERATOR_EMAIL ?? 'moderator@newsroom.test', env.MODERATOR_PASSWORD!)}`,
  }
  const source = (
    (await (
      await fetch(`${base}/api/sources?limit=1&depth=0&sort=id`, { headers: editor })
    ).json()) as { docs: { id: number }[] }
  ).docs[0]
  const story = (
    (await (await fetch(`${base}/api/articles/slug/${STORY_SLUG}`)).json()) as { id: number }
  ).id
  return { editor, moderator, source, story }
}

/** The reads: public lists, a source page, the moderation queue and the admin's list. */
export const measureReads = async (
  base: string,
  { editor, moderator, source }: { editor: Headers; moderator: Headers; source: { id: number } },
) => {
  const rows: Measure[] = []
  rows.push(
    await measure('article list, newest 20', {
      url: `${base}/api/articles?limit=20&sort=-dateModified&depth=0`,
    }),
  )
  rows.push(
    await measure('tag filter, newest 20', {
      url: `${base}/api/articles?where[tags][in]=police&limit=20&sort=-dateModified&depth=0`,
    }),
  )
  rows.push(
    await measure('source page with quotedIn', {
      url: `${base}/api/sources/${source.id}?depth=1`,
    }),
  )
  rows.push(
    await measure('moderation queue (moderator)', {
      url: `${base}/api/comments?where[status][equals]=pending&sort=-createdAt&limit=20&depth=0`,
      headers: moderator,
    }),
  )
  rows.push(
    await measure('admin list: articles (editor)', {
      url: `${base}/api/articles?limit=10&depth=0&sort=-updatedAt&draft=true`,
      headers: editor,
    }),
  )
  return rows
}

/** Up to 200 stories besides the seeded one, for the writes: publishes here, and the saves beside the hot story. */
export const otherStories = async (base: string, editor: Headers) =>
  (
    (await (
      await fetch(
        `${base}/api/articles?where[slug][not_equals]=${STORY_SLUG}&limit=200&depth=0&select[slug]=true`,
        { headers: editor },
      )
    ).json()) as { docs: { id: number }[] }
  ).docs.map((doc) => doc.id)

/** The writes: an editor's publish and a reader's comment. */
export const measureWrites = async (
  base: string,
  { editor, story }: { editor: Headers; story: number },
  others: number[],
) => {
  let posted = 0
  const rows: Measure[] = []
  // A publish (an editor's save of a published story: the gate, the edition built and stored, the
  // caches told), 200 stories in turn, so two connections rarely publish the same one.
  let published = 0
  rows.push(
    await measure('publish (editor, distinct stories)', {
      url: base,
      requests: [
        {
          setupRequest: (request) => {
            const k = published++
            return {
              ...request,
              method: 'PATCH',
              path: `/api/articles/${others[k % others.length]}?depth=0`,
              headers: { 'content-type': 'application/json', ...editor },
              body: JSON.stringify({ dek: `Published again (${k})`, _status: 'published' }),
            }
          },
        },
      ],
    }),
  )
  rows.push(
    await measure(
      'comment post',
      {
        url: base,
        requests: [
          {
            setupRequest: (request) =>
              commentPost(request, ++posted, story, {
                name: 'Corpus reader',
                email: 'corpus',
                body: 'Comment',
              }),
          },
        ],
      },
      [201],
    ),
  )
  return rows
}
