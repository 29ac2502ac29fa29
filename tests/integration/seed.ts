import fs from 'node:fs'

import type { StartNewsroom } from '../helpers/sharedNewsroom'

import { parseStory } from '../../seed/parseStory'
import { seedStory, STORY_FILE } from '../../seed/seed'
import { QUOTES } from '../../seed/storyData'
import { bodyToPlainText } from '../../src/plugin/richText/plainText'
import { containsDeep } from '../helpers/fixtures'
import { type TestNewsroom } from '../helpers/newsroom'

/** A behaviour of a shared-newsroom suite (see tests/helpers/sharedNewsroom.ts); was a test file of its own. */
export default (startNewsroom: StartNewsroom) => {
  const storyText = fs.readFileSync(STORY_FILE, 'utf8')
  const story = parseStory(storyText)
  const DIRECT_QUOTES = [
    ['Tell them I was trying to protect her.', 'person'],
    ['He’s the one you want in a crisis', 'anonymous'],
    ['This is hard because we don’t know what pushed him here.', 'anonymous'],
    ['Officers Are Human Too.', 'community'],
  ] as const
  const TRUE_IDENTITY_MARK = 'Not recorded in the seeded story text'

  let newsroom: TestNewsroom
  let articleId: number | string
  const quiet = { log: () => {} }

  beforeAll(async () => {
    newsroom = await startNewsroom()
    articleId = (await seedStory(newsroom.payload, quiet)).articleId
  })
  afterAll(async () => newsroom?.close())

  const publicArticle = async (depth = 1) =>
    (await newsroom.api('anonymous', 'GET', `/api/articles/${articleId}?depth=${depth}`)).body

  const snapshot = async () => {
    const out: Record<string, { id: unknown; updatedAt: unknown }[]> = {}
    for (const collection of [
      'articles',
      'authors',
      'sources',
      'quotes',
      'comments',
      'users',
    ] as const) {
      const { docs } = await newsroom.payload.find({
        collection,
        limit: 1000,
        depth: 0,
        sort: 'id',
        overrideAccess: true,
      })
      out[collection] = docs.map((doc: any) => ({ id: doc.id, updatedAt: doc.updatedAt }))
    }
    out.articleVersions = (
      await newsroom.payload.findVersions({
        collection: 'articles',
        limit: 1000,
        overrideAccess: true,
      })
    ).docs.map((v: any) => ({
      id: v.id,
      updatedAt: v.updatedAt,
    }))
    return out
  }

  describe('the story file', () => {
    it('has a headline without the social-media cruft and no “Post Comment” paragraph', () => {
      expect(story.headline).toBe(
        'The officer was taken away, unaware that the camera was still rolling…',
      )
      expect(story.paragraphs).not.toContain('Post Comment')
      expect(story.paragraphs).toHaveLength(15)
    })
  })

  describe('the seeded article, as the REST API returns it to a reader', () => {
    it('is published, developing, with the clean headline', async () => {
      const article = await publicArticle()
      expect(article).toMatchObject({
        title: story.headline,
        _status: 'published',
        storyStatus: 'developing',
      })
      expect(article.title).not.toMatch(/Check In|– v/)
    })

    it('is credited to the newsroom’s desk byline, “Staff”, as an author with a public page', async () => {
      const article = await publicArticle()
      const document = (
        await newsroom.api('anonymous', 'GET', `/api/articles/slug/${article.slug}`)
      ).body
      expect(document.byline).toBe('Staff')
      expect(document.authors).toEqual([
        expect.objectContaining({
          name: 'Staff',
          kind: 'organization',
          role: 'written-by',
          url: '/authors/staff',
        }),
      ])
      const page = await newsroom.api('anonymous', 'GET', '/api/authors/slug/staff')
      expect(page.body.stories.docs.map((story: { slug: string }) => story.slug)).toEqual([
        article.slug,
      ])
    })

    it('holds every paragraph of the story, in order and word for word, quotes rendered as their text', async () => {
      const plain = bodyToPlainText((await publicArticle(1)).body)
      expect(plain.split('\n\n')).toEqual(story.paragraphs)
      // The file's own lines, minus headline and button, are exactly the body.
      const fileParagraphs = storyText
        .split('\n')
        .slice(1)
        .map((l) => l.trim())
        .filter((l) => l && l !== 'Post Comment')
      expect(plain).toBe(fileParagraphs.join('\n\n'))
      expect(plain).not.toContain('Post Comment')
      expect(plain).toContain('“Tell them I was trying to protect her.”')
    })

    it('is delivered as HTML that reads exactly as the story, each quote marked and attributed', async () => {
      const delivered = (
        await newsroom.api(
          'anonymous',
          'GET',
          `/api/articles/slug/${(await publicArticle(0)).slug}`,
        )
      ).body
      const decode = (html: string) =>
        html
          .replace(/<[^>]+>/g, '')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&#39;/g, "'")
          .replace(/&amp;/g, '&')
      const paragraphs = [...delivered.bodyHtml.matchAll(/<p[^>]*>(.*?)<\/p>/gs)].map(
        (match: RegExpMatchArray) => decode(match[1]),
      )
      expect(paragraphs).toEqual(story.paragraphs)
      expect(delivered.bodyHtml.match(/<q /g)).toHaveLength(4)
      expect(delivered.bodyHtml.match(/data-paraphrase=""/g)).toHaveLength(3)
      const sourceIds = new Set(
        delivered.sources.map((source: { id: unknown }) => `source-${source.id}`),
      )
      for (const [, anchor] of delivered.bodyHtml.matchAll(/aria-describedby="([^"]+)"/g)) {
        expect(sourceIds).toContain(anchor)
      }
      expect(delivered.bodyHtml).toContain('aria-describedby="source-anonymous-1"')
    })

    it('references every quote record from the body, each tied to the right kind of source', async () => {
      const body = (await publicArticle(2)).body
      const blocks = body.root.children.flatMap((p: any) =>
        p.children.filter((n: any) => n.type === 'inlineBlock'),
      )
      expect(blocks.map((b: any) => b.fields.quote.text).sort()).toEqual(
        QUOTES.map((q) => q.text).sort(),
      )
      for (const [text, kind] of DIRECT_QUOTES) {
        const block = blocks.find((b: any) => b.fields.quote.text === text)
        expect(block).toBeDefined()
        expect(block.fields.quote).toMatchObject({ kind: 'verbatim', article: expect.anything() })
        // Readers are not told which quotes an anonymous source gave (the story document attributes them).
        if (kind === 'anonymous') {
          expect(block.fields.quote.speaker).toBeUndefined()
        } else {
          expect(block.fields.quote.speaker.kind).toBe(kind)
        }
      }
      const delivered = (
        await newsroom.api(
          'anonymous',
          'GET',
          `/api/articles/slug/${(await publicArticle(0)).slug}`,
        )
      ).body
      for (const [text, kind] of DIRECT_QUOTES) {
        const quote = delivered.quotes.find((entry: { text: string }) => entry.text === text)
        expect(
          delivered.sources.find((source: { id: unknown }) => source.id === quote.speaker).kind,
        ).toBe(kind)
      }
    })

    it('credits the officer’s words to him, heard through the leaked, unverified clip', async () => {
      const { docs } = await newsroom
        .api(
          'anonymous',
          'GET',
          `/api/quotes?where[text][equals]=${encodeURIComponent('Tell them I was trying to protect her.')}&depth=1`,
        )
        .then((r) => r.body)
      expect(docs).toHaveLength(1)
      expect(docs[0].via).toMatchObject({
        kind: 'footage',
        provenance: { verificationStatus: 'unverified' },
      })
      expect(docs[0].via.provenance.recordedAt).toMatch(/minutes before the escort/i)
    })

    it('records the anonymous colleague with a reason and the seeded editor as approver', async () => {
      const { docs } = await newsroom
        .api('editor', 'GET', '/api/sources?where[kind][equals]=anonymous&depth=1')
        .then((r) => r.body)
      expect(docs).toHaveLength(1)
      expect(docs[0].anonymity.reason).toMatch(/under investigation/)
      expect(docs[0].anonymity.approvedBy.roles).toContain('editor')
    })

    it.each([0, 1, 2, 3])(
      'never shows the colleague’s true identity to a reader at depth %i',
      async (depth) => {
        expect(containsDeep(await publicArticle(depth), TRUE_IDENTITY_MARK)).toBe(false)
        const quotes = await newsroom.api('anonymous', 'GET', `/api/quotes?depth=${depth}`)
        expect(containsDeep(quotes.body, TRUE_IDENTITY_MARK)).toBe(false)
        const sources = await newsroom.api('anonymous', 'GET', `/api/sources?depth=${depth}`)
        expect(containsDeep(sources.body, TRUE_IDENTITY_MARK)).toBe(false)
      },
    )

    it('opens with an empty comment thread', async () => {
      const { totalDocs } = await newsroom.payload.count({
        collection: 'comments',
        overrideAccess: true,
      })
      expect(totalDocs).toBe(0)
    })
  })

  describe('running the seed again', () => {
    it('changes nothing: same ids, same counts, no updatedAt moves', async () => {
      const before = await snapshot()
      const report = await seedStory(newsroom.payload, quiet)
      expect(report).toMatchObject({
        article: 'kept',
        sources: { created: 0 },
        quotes: { created: 0 },
        accounts: { created: 0 },
      })
      expect(await snapshot()).toEqual(before)
    })

    it('renews its own sign-off once it no longer covers the quotes (recorded before the fingerprint did), never a lawyer’s', async () => {
      const signedText = async () => {
        const { signedTextOf } = await import('../../src/plugin/workflow/signedText')
        const { createLocalReq } = await import('payload')
        const article = await newsroom.payload.findByID({
          collection: 'articles',
          id: articleId,
          depth: 0,
          overrideAccess: true,
        })
        return {
          article: article as any,
          text: await signedTextOf(
            await createLocalReq({}, newsroom.payload),
            'quotes',
            (article as any).body,
          ),
        }
      }
      const { isSignOffCurrent, legalFingerprint } =
        await import('../../src/plugin/workflow/legalReview')
      const { article, text } = await signedText()
      const stale = { ...article.legalSignOff, fingerprint: legalFingerprint({ body: text.body }) }
      await newsroom.payload.db.updateOne({
        collection: 'articles',
        id: articleId,
        data: { legalSignOff: stale },
      } as never)
      expect(isSignOffCurrent((await signedText()).article.legalSignOff, text)).toBe(false)
      await seedStory(newsroom.payload, quiet)
      expect(isSignOffCurrent((await signedText()).article.legalSignOff, text)).toBe(true)

      const lawyers = { ...stale, note: 'Cleared by counsel.' }
      await newsroom.payload.db.updateOne({
        collection: 'articles',
        id: articleId,
        data: { legalSignOff: lawyers },
      } as never)
      await seedStory(newsroom.payload, quiet)
      expect((await signedText()).article.legalSignOff).toMatchObject({
        note: 'Cleared by counsel.',
        fingerprint: stale.fingerprint,
      })
      await newsroom.payload.db.updateOne({
        collection: 'articles',
        id: articleId,
        data: { legalSignOff: article.legalSignOff },
      } as never)
    })

    it('keeps an editor’s change, and --reset restores the story text as a new version', async () => {
      const edited = await newsroom.api('editor', 'PATCH', `/api/articles/${articleId}`, {
        dek: 'An editor’s better dek',
        title: 'Edited headline',
      })
      expect(edited.status).toBe(200)
      await seedStory(newsroom.payload, quiet)
      expect((await publicArticle()).dek).toBe('An editor’s better dek')

      const versionsBefore = (
        await newsroom.payload.countVersions({
          collection: 'articles',
          where: { parent: { equals: articleId } },
        })
      ).totalDocs
      const report = await seedStory(newsroom.payload, { ...quiet, reset: true })
      expect(report.article).toBe('reset')
      const restored = await publicArticle()
      expect(restored.title).toBe(story.headline)
      expect(restored.dek).not.toBe('An editor’s better dek')
      expect(restored.id).toBe(articleId)
      const versionsAfter = (
        await newsroom.payload.countVersions({
          collection: 'articles',
          where: { parent: { equals: articleId } },
        })
      ).totalDocs
      expect(versionsAfter).toBe(versionsBefore + 1)
      const history = await newsroom.payload.findVersions({
        collection: 'articles',
        where: { parent: { equals: articleId } },
        limit: 100,
      })
      expect(history.docs.some((v: any) => v.version.title === 'Edited headline')).toBe(true)
    })

    it('with --demo-comments adds labelled comments to the pending queue only, once', async () => {
      await seedStory(newsroom.payload, { ...quiet, demoComments: true })
      await seedStory(newsroom.payload, { ...quiet, demoComments: true })
      const { docs } = await newsroom.payload.find({ collection: 'comments', overrideAccess: true })
      expect(docs).toHaveLength(3)
      for (const comment of docs) {
        expect(comment.status).toBe('pending')
        expect(comment.body).toMatch(/^\[Demo comment/)
      }
      expect((await newsroom.api('anonymous', 'GET', '/api/comments')).body.totalDocs).toBe(0)
    })
  })
}
