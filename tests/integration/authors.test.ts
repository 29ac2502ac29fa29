import { authorsFromTextBylines, settingsOf } from 'newsroom-payload'
import { createLocalReq } from 'payload'

import { containsDeep, lexicalParagraphs, makeArticle } from '../helpers/fixtures'
import { photoWithLocation, uploadForm } from '../helpers/images'
import { startNewsroom, type TestNewsroom, type Who } from '../helpers/newsroom'

/**
 * Authors: credits with roles, the printed byline made from them, author pages, and a byline withheld
 * for safety, which must leave every output at once, like an anonymous source's identity.
 */
let newsroom: TestNewsroom
const ids: Record<string, number | string> = {}

const makeAuthor = async (data: Record<string, unknown>) =>
  (
    await newsroom.payload.create({
      collection: 'authors',
      data: data as never,
      overrideAccess: true,
    })
  ).id

const storyOutputs = async (slug: string, who: Who = 'anonymous') => ({
  document: (await newsroom.api(who, 'GET', `/api/articles/slug/${slug}`)).body,
  jsonld: (await newsroom.api(who, 'GET', `/api/articles/slug/${slug}?format=jsonld`)).body,
  ninjs: (await newsroom.api(who, 'GET', `/api/articles/slug/${slug}?format=ninjs`)).body,
})

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

describe('a story’s credits', () => {
  it('print the byline from who wrote it, the others as contributors, in byline order', async () => {
    const { document } = await storyOutputs('credited-story')
    expect(document.byline).toBe('Jane Reporter')
    expect(document.authors.map((entry: any) => [entry.name, entry.role])).toEqual([
      ['Jane Reporter', 'written-by'],
      ['Gita Guest', 'additional-reporting'],
      ['Omar Photographer', 'photos-by'],
    ])
    expect(document.authors[0]).toMatchObject({
      slug: 'jane-reporter',
      url: '/authors/jane-reporter',
      jobTitle: 'Crime reporter',
      sameAs: ['https://social.example/@jane'],
      kind: 'person',
    })
    // The newsroom's own facts about an author never reach readers.
    expect(containsDeep(document, 'jane@newsroom.example')).toBe(false)
  })

  it('are people in JSON-LD (author and contributors, with their pages) and in ninjs', async () => {
    const { jsonld, ninjs } = await storyOutputs('credited-story')
    expect(jsonld.author).toEqual([
      expect.objectContaining({
        '@type': 'Person',
        name: 'Jane Reporter',
        jobTitle: 'Crime reporter',
        sameAs: ['https://social.example/@jane'],
      }),
    ])
    expect(jsonld.contributor.map((agent: any) => agent.name)).toEqual([
      'Gita Guest',
      'Omar Photographer',
    ])
    expect(ninjs.by).toBe('Jane Reporter')
    expect(ninjs.people).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Jane Reporter', rel: 'written-by' }),
        expect.objectContaining({ name: 'Omar Photographer', rel: 'photos-by' }),
      ]),
    )
  })

  it('an editor’s own line is printed instead, when set', async () => {
    await makeArticle(newsroom.payload, {
      title: 'Hand set',
      byline: 'Jane Reporter in the city',
      authors: [{ author: ids.jane, role: 'written-by' }],
    })
    expect((await storyOutputs('hand-set')).document.byline).toBe('Jane Reporter in the city')
  })

  it('are staff-only as raw fields: readers filter or read them through REST and GraphQL nowhere', async () => {
    const raw = await newsroom.api('anonymous', 'GET', `/api/articles/${ids.story}`)
    expect(raw.status).toBe(200)
    expect(raw.body.authors ?? []).toEqual([])
    expect(containsDeep(raw.body, 'Jane Reporter')).toBe(false)
    const filtered = await newsroom.api(
      'anonymous',
      'GET',
      `/api/articles?where[authors.author][equals]=${ids.jane}`,
    )
    expect(filtered.status).toBeGreaterThanOrEqual(400)
    expect(filtered.status).toBeLessThan(500)
    const graphql = await newsroom.graphql(
      'anonymous',
      `{ Articles { docs { title authors { author { name } role } } } }`,
    )
    expect(containsDeep(graphql.body, 'Jane Reporter')).toBe(false)
  })
})

describe('author pages', () => {
  it('serve the public profile and the published stories, newest first, with the author’s roles', async () => {
    const page = await newsroom.api('anonymous', 'GET', '/api/authors/slug/jane-reporter')
    expect(page.status).toBe(200)
    // Kept by a CDN like the other lists of stories, and dropped with them (a publish, a byline withheld).
    expect(page.headers.get('cache-control')).toMatch(/s-maxage=/)
    expect(page.headers.get('surrogate-key')).toBe('stories')
    expect(page.body.author).toMatchObject({
      name: 'Jane Reporter',
      jobTitle: 'Crime reporter',
      bio: 'Covers the police and the courts.',
      sameAs: ['https://social.example/@jane'],
      url: '/authors/jane-reporter',
    })
    expect(page.body.stories.docs.map((story: any) => story.title)).toEqual([
      'Hand set',
      'Credited story',
    ])
    expect(page.body.stories.docs[1].roles).toEqual(['written-by'])
    expect(containsDeep(page.body, 'jane@newsroom.example')).toBe(false)
    expect(page.body.author.user).toBeUndefined()
  })

  it('page through a prolific author’s stories 20 at a time, newest first, each story once', async () => {
    const prolific = await makeAuthor({ name: 'Pat Prolific' })
    for (let n = 1; n <= 23; n++) {
      await makeArticle(newsroom.payload, {
        title: `Prolific ${n}`,
        publishedAt: new Date(Date.UTC(2026, 0, n)).toISOString(),
        // Credited twice on one story (two roles): still one story.
        authors: [
          { author: prolific, role: 'written-by' },
          ...(n === 5 ? [{ author: prolific, role: 'photos-by' }] : []),
        ],
      })
    }
    const first = (await newsroom.api('anonymous', 'GET', '/api/authors/slug/pat-prolific')).body
    const second = (await newsroom.api('anonymous', 'GET', '/api/authors/slug/pat-prolific?page=2'))
      .body
    expect(first.stories).toMatchObject({
      page: 1,
      totalDocs: 23,
      totalPages: 2,
      hasNextPage: true,
    })
    expect(second.stories).toMatchObject({ page: 2, totalDocs: 23, hasNextPage: false })
    const listed = [...first.stories.docs, ...second.stories.docs]
    expect(listed.map((story: any) => story.title)).toEqual(
      Array.from({ length: 23 }, (_, at) => `Prolific ${23 - at}`),
    )
    expect(listed.find((story: any) => story.title === 'Prolific 5').roles).toEqual([
      'written-by',
      'photos-by',
    ])
  })

  it('are not public for an author no published story credits', async () => {
    expect(
      (await newsroom.api('anonymous', 'GET', '/api/authors/slug/uma-unpublished')).status,
    ).toBe(404)
    expect((await newsroom.api('anonymous', 'GET', `/api/authors/${ids.unpublished}`)).status).toBe(
      404,
    )
    const list = await newsroom.api('anonymous', 'GET', '/api/authors?limit=100')
    expect(list.body.docs.map((author: any) => author.name)).not.toContain('Uma Unpublished')
    // Staff see every author, and their stories (drafts included) in the admin's join.
    const staff = await newsroom.api('editor', 'GET', `/api/authors/${ids.unpublished}`)
    expect(staff.body.stories.docs).toHaveLength(1)
  })

  it('answer a bad page with a 400 naming `page`, and an unknown slug with a 404', async () => {
    const bad = await newsroom.api('anonymous', 'GET', '/api/authors/slug/jane-reporter?page=0')
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toContain('page')
    expect((await newsroom.api('anonymous', 'GET', '/api/authors/slug/nobody')).status).toBe(404)
    // A NUL byte no database stores: refused (PostgreSQL's guard says 400), never a 5xx.
    const odd = await newsroom.api('anonymous', 'GET', '/api/authors/slug/nobody%00')
    expect([400, 404]).toContain(odd.status)
  })

  it('never show readers an author’s email, account or withholding, over REST or GraphQL', async () => {
    const rest = await newsroom.api('anonymous', 'GET', '/api/authors?limit=100&depth=2')
    expect(rest.body.docs.length).toBeGreaterThan(0)
    for (const author of rest.body.docs) {
      expect(author.email).toBeUndefined()
      expect(author.user).toBeUndefined()
      expect(author.withholdByline).toBeUndefined()
      expect(author.stories).toBeUndefined()
    }
    const graphql = await newsroom.graphql(
      'anonymous',
      '{ Authors { docs { name email user { email } withholdByline { withheld reason } } } }',
    )
    expect(containsDeep(graphql.body, 'jane@newsroom.example')).toBe(false)
    expect(containsDeep(graphql.body, 'reporter@test.newsroom')).toBe(false)
  })
})

describe('who edits authors', () => {
  it('a reporter edits their own profile and unpublished guests, not a published colleague', async () => {
    expect(
      (await newsroom.api('reporter', 'PATCH', `/api/authors/${ids.jane}`, { bio: 'New bio.' }))
        .status,
    ).toBe(200)
    expect(
      (await newsroom.api('reporter', 'PATCH', `/api/authors/${ids.omar}`, { bio: 'Hijacked.' }))
        .status,
    ).toBe(403)
    const guest = await newsroom.api('reporter', 'POST', '/api/authors', { name: 'New Guest' })
    expect(guest.status).toBe(201)
    expect(
      (
        await newsroom.api('reporter', 'PATCH', `/api/authors/${guest.body.doc.id}`, {
          jobTitle: 'Writer',
        })
      ).status,
    ).toBe(200)
  })

  it('only editors withhold a byline or link an account', async () => {
    await newsroom.api('reporter', 'PATCH', `/api/authors/${ids.jane}`, {
      withholdByline: { withheld: true, reason: 'Trying' },
      user: newsroom.userId('editor'),
    })
    const after = await newsroom.api('editor', 'GET', `/api/authors/${ids.jane}?depth=0`)
    expect(after.body.withholdByline?.withheld).toBe(false)
    expect(after.body.user).toBe(newsroom.userId('reporter'))
  })

  it('a credited author is not deleted: 409 naming the credits', async () => {
    const refused = await newsroom.api('editor', 'DELETE', `/api/authors/${ids.omar}`)
    expect(refused.status).toBe(409)
    expect(JSON.stringify(refused.body)).toContain('credited')
  })

  it('a bad link is a 400 naming the field', async () => {
    const bad = await newsroom.api('editor', 'PATCH', `/api/authors/${ids.guest}`, {
      sameAs: [{ url: 'javascript:alert(1)' }],
    })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toContain('sameAs')
  })
})

describe('a byline withheld for an author’s safety', () => {
  it('prints the newsroom’s name on every output at once, and their page is gone', async () => {
    const photo = await newsroom.api(
      'editor',
      'POST',
      '/api/media',
      uploadForm(await photoWithLocation(800, 800), 'omar.jpg', 'image/jpeg', {
        alt: 'Omar, the photographer',
        provenance: { howObtained: 'Staff portrait', verificationStatus: 'verified' },
      }),
    )
    expect(photo.status).toBe(201)
    await newsroom.api('editor', 'PATCH', `/api/authors/${ids.omar}`, { photo: photo.body.doc.id })
    const before = await newsroom.api('anonymous', 'GET', '/api/authors/slug/omar-photographer')
    expect(before.body.author.photo?.id).toBe(photo.body.doc.id)
    expect((await newsroom.api('anonymous', 'GET', `/api/media/${photo.body.doc.id}`)).status).toBe(
      200,
    )

    const withheld = await newsroom.api('editor', 'PATCH', `/api/authors/${ids.omar}`, {
      withholdByline: { withheld: true, reason: 'Threats after the last story' },
    })
    expect(withheld.status).toBe(200)

    const outputs = await storyOutputs('credited-story')
    expect(containsDeep(outputs, 'Omar')).toBe(false)
    expect(outputs.document.authors.map((entry: any) => entry.name)).toEqual([
      'Jane Reporter',
      'Gita Guest',
      'Staff',
    ])
    expect(outputs.document.authors[2]).toMatchObject({ id: null, slug: null, url: null })
    // Earlier editions named him: no longer served.
    const editions = await newsroom.api(
      'anonymous',
      'GET',
      '/api/articles/slug/credited-story/editions',
    )
    for (const edition of editions.body.editions.filter((one: any) => !one.current)) {
      expect(edition.withheld).toBeTruthy()
      expect(
        (
          await newsroom.api(
            'anonymous',
            'GET',
            `/api/articles/slug/credited-story/editions/${edition.number}`,
          )
        ).status,
      ).toBeGreaterThanOrEqual(400)
    }
    expect(containsDeep(editions.body, 'Omar')).toBe(false)
    expect(
      (await newsroom.api('anonymous', 'GET', '/api/authors/slug/omar-photographer')).status,
    ).toBe(404)
    expect((await newsroom.api('anonymous', 'GET', `/api/authors/${ids.omar}`)).status).toBe(404)
    expect((await newsroom.api('anonymous', 'GET', `/api/media/${photo.body.doc.id}`)).status).toBe(
      404,
    )
    const graphql = await newsroom.graphql(
      'anonymous',
      '{ Authors { docs { name } } Articles { docs { title byline } } }',
    )
    expect(containsDeep(graphql.body, 'Omar')).toBe(false)
    // The newsroom keeps the real credit.
    const staff = await newsroom.api('editor', 'GET', `/api/articles/${ids.story}?depth=1`)
    expect(staff.body.authors.map((credit: any) => credit.author.name)).toContain(
      'Omar Photographer',
    )
  })
})

describe('a story’s byline withheld', () => {
  it('by a draft save, leaves the published story at once; a republish does not bring it back', async () => {
    const story = await makeArticle(newsroom.payload, {
      title: 'Dangerous story',
      authors: [{ author: ids.guest, role: 'written-by' }],
    })
    expect((await storyOutputs('dangerous-story')).document.byline).toBe('Gita Guest')
    const saved = await newsroom.api('editor', 'PATCH', `/api/articles/${story.id}?draft=true`, {
      withholdByline: { withheld: true, reason: 'Legal advice' },
    })
    expect(saved.status).toBe(200)
    const outputs = await storyOutputs('dangerous-story')
    expect(outputs.document.byline).toBe('Staff')
    expect(containsDeep(outputs, 'Gita')).toBe(false)
    const guestPage = await newsroom.api('anonymous', 'GET', '/api/authors/slug/gita-guest')
    expect(guestPage.body.stories.docs.map((one: any) => one.title)).not.toContain(
      'Dangerous story',
    )
    // Published again from the draft: still withheld.
    await newsroom.api('editor', 'PATCH', `/api/articles/${story.id}`, {
      _status: 'published',
      dek: 'More.',
    })
    expect(containsDeep(await storyOutputs('dangerous-story'), 'Gita')).toBe(false)
  })
})

describe('stories from before authors were kept', () => {
  it('get authors from their text byline (a migration), printed the same', async () => {
    const old = await makeArticle(newsroom.payload, {
      title: 'Old story',
      byline: 'Ann Old and Bob Older',
    })
    await authorsFromTextBylines(
      await createLocalReq({}, newsroom.payload),
      settingsOf(newsroom.payload),
    )
    const staff = await newsroom.api('editor', 'GET', `/api/articles/${old.id}?depth=1`)
    expect(staff.body.authors.map((credit: any) => [credit.author.name, credit.role])).toEqual([
      ['Ann Old', 'written-by'],
      ['Bob Older', 'written-by'],
    ])
    expect(staff.body.byline ?? null).toBeNull()
    const page = await newsroom.api('anonymous', 'GET', '/api/authors/slug/bob-older')
    expect(page.status).toBe(200)
    expect(page.body.stories.docs.map((one: any) => one.title)).toEqual(['Old story'])
    // Its edition, published before the credits, prints the names as a line: withholding one of them
    // withholds the line at once.
    expect((await storyOutputs('old-story')).document.byline).toBe('Ann Old and Bob Older')
    await newsroom.api('editor', 'PATCH', `/api/authors/${page.body.author.id}`, {
      withholdByline: { withheld: true },
    })
    const outputs = await storyOutputs('old-story')
    expect(outputs.document.byline).toBe('Staff')
    expect(containsDeep(outputs, 'Bob Older')).toBe(false)
  })
})
