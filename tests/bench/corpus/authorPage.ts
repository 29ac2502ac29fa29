/** An author's public page under load: the busiest writer's first and second page of stories, each checked first to be what the generator credited them with. */
import { BUSIEST_WRITER_SLUG } from './authors'
import { type Measure, measure } from './load'

/** Stories a page of `GET /api/authors/slug/:slug` lists. */
const PAGE_SIZE = 20

type AuthorPage = {
  author: { slug: string }
  stories: {
    docs: { id: number; publishedAt: null | string; roles: string[] }[]
    page: number
    totalDocs: number
    hasNextPage: boolean
  }
}

/** Page `page` as a reader gets it; throws unless it lists the author's `stories` stories 20 a page. */
const checkedPage = async (url: string, page: number, stories: number): Promise<AuthorPage> => {
  const res = await fetch(`${url}?page=${page}`)
  const body = (await res.json()) as AuthorPage
  const expected = Math.max(0, Math.min(PAGE_SIZE, stories - (page - 1) * PAGE_SIZE))
  const problem =
    res.status !== 200
      ? `answered ${res.status}: ${JSON.stringify(body).slice(0, 200)}`
      : body.stories.totalDocs !== stories
        ? `totalDocs ${body.stories.totalDocs}, but ${stories} stories credit them`
        : body.stories.docs.length !== expected
          ? `${body.stories.docs.length} stories, not ${expected}`
          : body.stories.docs.some((story) => !story.roles.length)
            ? 'a story without their role on it'
            : null
  if (problem) {
    throw new Error(`${url}, page ${page}: ${problem}`)
  }
  return body
}

/**
 * The busiest writer's page and its page 2 (`stories`: how many published stories the generator
 * credited them on), measured like the other REST surfaces. Checked first: 20 stories a page, the
 * right total, newest first across both pages, none on both.
 */
export const measureAuthorPage = async (base: string, stories: number): Promise<Measure[]> => {
  const url = `${base}/api/authors/slug/${BUSIEST_WRITER_SLUG}`
  const pages = [await checkedPage(url, 1, stories), await checkedPage(url, 2, stories)]
  const listed = pages.flatMap((page) => page.stories.docs)
  const newestFirst = listed.every(
    (story, k) => k === 0 || String(listed[k - 1].publishedAt) >= String(story.publishedAt),
  )
  if (!newestFirst || new Set(listed.map((story) => story.id)).size !== listed.length) {
    throw new Error(`${url}: pages 1 and 2 are not one list, newest first`)
  }
  console.log(`  author page: ${BUSIEST_WRITER_SLUG}, credited on ${stories} published stories`)
  return [
    await measure('author page, busiest writer', { url }),
    await measure('author page 2, busiest writer', { url: `${url}?page=2` }),
  ]
}
