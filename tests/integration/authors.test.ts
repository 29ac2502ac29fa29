import { makeArticle } from '../helpers/fixtures'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom'
import { authorPages } from './authors/authorPages'
import { type AuthorsSuite, stepsOf } from './authors/context'
import { storyCredits } from './authors/credits'
import { textBylinesMigrated } from './authors/textBylines'
import { whoEditsAuthors } from './authors/whoEdits'
import { withheldForAnAuthor } from './authors/withheldAuthor'
import { withheldForAStory } from './authors/withheldStory'

/**
 * Authors: credits with roles, the printed byline made from them, author pages, and a byline withheld
 * for safety, which must leave every output at once, like an anonymous source's identity.
 *
 * One newsroom for every area (one Payload per test file). tests/integration/authors/ holds the areas,
 * called here in the order this file has always run them, and the steps they share.
 */
let newsroom: TestNewsroom
const ids: Record<string, number | string> = {}

const suite: AuthorsSuite = {
  get newsroom() {
    return newsroom
  },
  ids,
}
const { makeAuthor } = stepsOf(suite)

beforeAll(async () => {
  newsroom = await startNewsroom()
  ids.jane = await makeAuthor({
    name: 'Jane Reporter',
    jobTitle: 'Crime reporter',
    bio: 'Covers the police and the courts.',
    email: 'jane@newsroom.example',
    user: newsroom.userId('reporter'),
    sameAs: [{ url: 'https://social.example/@jane' }],
  })
  ids.omar = await makeAuthor({ name: 'Omar Photographer', jobTitle: 'Freelance photographer' })
  ids.guest = await makeAuthor({ name: 'Gita Guest' })
  ids.unpublished = await makeAuthor({ name: 'Uma Unpublished' })
  const story = await makeArticle(newsroom.payload, {
    title: 'Credited story',
    authors: [
      { author: ids.omar, role: 'photos-by' },
      { author: ids.jane, role: 'written-by' },
      { author: ids.guest, role: 'additional-reporting' },
    ],
  })
  ids.story = story.id
  await makeArticle(newsroom.payload, {
    title: 'Draft only',
    _status: 'draft',
    authors: [{ author: ids.unpublished, role: 'written-by' }],
  })
})
afterAll(async () => newsroom?.close())

storyCredits(suite)
authorPages(suite)
whoEditsAuthors(suite)
withheldForAnAuthor(suite)
withheldForAStory(suite)
textBylinesMigrated(suite)
