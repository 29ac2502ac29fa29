import type { Browser, BrowserContext, Page } from 'playwright-core'

import AxeBuilder from '@axe-core/playwright'
import { parseFeed } from '@rowanmanning/feed-parser'
import { XMLParser } from 'fast-xml-parser'
import fs from 'node:fs'
import path from 'node:path'

import { parseStory } from '../../seed/parseStory'
import { STORY_FILE } from '../../seed/seed'
import { type AppProcess, loginEnv, projectRoot, startApp, testLogins } from '../helpers/appProcess'
import { launchChromium } from '../helpers/browser'
import { bodyQuoting, lexicalParagraphs } from '../helpers/fixtures'
import { photoWithLocation, uploadForm } from '../helpers/images'

/**
 * The reader site (production build), in Chromium: the story as readers get it, its forms without
 * JavaScript, its head, its accessibility, its cache. It reads and writes only through the REST API.
 */
const SLUG = 'the-officer-was-taken-away-unaware-that-the-camera-was-still-rolling'
const LOGINS = testLogins('reader.test')
const { admin: ADMIN, editor: EDITOR } = LOGINS
/** The pictures in docs/ (README.md and its pages show them) are refreshed with UPDATE_DOCS=1; otherwise screenshots go beside the other tests'. */
const DOCS = path.join(
  projectRoot,
  process.env.UPDATE_DOCS === '1' ? 'docs' : 'tests/e2e/screenshots',
)
const story = parseStory(fs.readFileSync(STORY_FILE, 'utf8'))

let app: AppProcess
let browser: Browser
const contexts: BrowserContext[] = []

beforeAll(async () => {
  fs.mkdirSync(DOCS, { recursive: true })
  app = await startApp({
    script: 'start',
    env: { ...loginEnv(LOGINS), SEED_ON_START: 'true', SERVER_URL: '' },
  })
  browser = await launchChromium()
}, 240_000)

afterAll(async () => {
  for (const context of contexts) {
    await context.close()
  }
  await browser?.close()
  await app?.stop()
})

/** A reader: their own browser, their own address (the app trusts X-Forwarded-For from loopback). */
const reader = async (address: string, { javaScript = true, width = 1280 } = {}): Promise<Page> => {
  const context = await browser.newContext({
    javaScriptEnabled: javaScript,
    viewport: { width, height: 900 },
    extraHTTPHeaders: { 'x-forwarded-for': address },
  })
  contexts.push(context)
  return context.newPage()
}
const storyUrl = () => `${app.baseURL}/stories/${SLUG}`

describe('a reader', () => {
  it('reads the whole story, every paragraph in order, each quote attributed to a source listed under “How we know this”', async () => {
    const page = await reader('198.51.100.10')
    await page.goto(storyUrl())
    // The story's words, without the quotes' source marks.
    const paragraphs = await page.locator('.story-body p').evaluateAll((elements) =>
      elements.map((element) => {
        const copy = element.cloneNode(true) as HTMLElement
        copy.querySelectorAll('.quote-source').forEach((mark) => mark.remove())
        return copy.textContent
      }),
    )
    expect(paragraphs).toEqual(story.paragraphs)
    const quotes = page.locator('.story-body [data-quote]')
    expect(await quotes.count()).toBe(7)
    const listed = await page
      .locator('#how-we-know ~ ol > li')
      .evaluateAll((items) => items.map((item) => item.id))
    for (const quote of await quotes.all()) {
      const anchor = await quote.getAttribute('aria-describedby')
      expect(await page.locator(`#${anchor}`).count()).toBe(1)
      // Visible attribution: right after the words, the speaker's number in "How we know this", linking there.
      const mark = quote.locator('xpath=following-sibling::*[1][self::sup]')
      expect(await mark.isVisible()).toBe(true)
      expect(await mark.innerText()).toBe(String(listed.indexOf(anchor!) + 1))
      expect(await mark.locator('a').getAttribute('href')).toBe(`#${anchor}`)
      expect(await mark.locator('a').getAttribute('aria-label')).toMatch(/^Source \d+: \S/)
    }
    // Numbered as the text first quotes each source: 1, then 2 or 1 again, never a jump.
    const numbers = (await page.locator('.story-body .quote-source').allTextContents()).map(Number)
    numbers.reduce((highest, number) => {
      expect(number).toBeLessThanOrEqual(highest + 1)
      return Math.max(highest, number)
    }, 0)
    // The quotation marks are the story's own: a <q> draws none.
    expect(
      await page
        .locator('q')
        .first()
        .evaluate((element) => getComputedStyle(element).quotes),
    ).toBe('none')
    const sources = await page.locator('#how-we-know ~ ol').innerText()
    expect(sources).toContain(
      'Why we granted anonymity: A colleague speaking about a fellow officer who is under investigation.',
    )
    expect(sources).toMatch(/Verification:\s*Unverified/)
    // Unnamed experts are people, not "named" ones.
    expect(sources).toContain('experts (not named in the story) (Person)')
    expect(await page.content()).not.toMatch(/trueIdentity|Not recorded in the seeded story text/)
    await page.screenshot({ path: path.join(DOCS, 'reader-story.png') })
  })

  it('gets the story’s JSON-LD, canonical URL, Open Graph and Twitter tags and its language in the head', async () => {
    const page = await reader('198.51.100.11')
    await page.goto(storyUrl())
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    const jsonLd = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent())!,
    )
    expect(jsonLd).toMatchObject({ '@type': 'NewsArticle', headline: story.headline })
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(
      new RegExp(`/stories/${SLUG}$`),
    )
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(
      story.headline,
    )
    expect(await page.locator('meta[property="og:type"]').getAttribute('content')).toBe('article')
    expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe('summary')
  })

  it('gets the editors’ search title, description and share picture (the 16:9 crop) in the head of a story that has them', async () => {
    const token = (
      await (
        await fetch(`${app.baseURL}/api/users/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(EDITOR),
        })
      ).json()
    ).token as string
    const upload = await fetch(`${app.baseURL}/api/media`, {
      method: 'POST',
      headers: { authorization: `JWT ${token}` },
      body: uploadForm(await photoWithLocation(1600, 900), 'share.jpg', 'image/jpeg', {
        alt: 'Candles outside the station',
      }),
    })
    expect(upload.status).toBe(201)
    const picture = (await upload.json()).doc
    const meta = {
      title: 'Vigil at the station: what we know',
      description: 'Neighbours gathered for a second evening.',
      image: picture.id,
    }
    const created = await fetch(`${app.baseURL}/api/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({
        title: 'A second vigil at the station',
        dek: 'The dek.',
        body: lexicalParagraphs('Neighbours gathered again.'),
        meta,
        _status: 'published',
      }),
    })
    expect(created.status).toBe(201)
    const page = await reader('198.51.100.12')
    await page.goto(`${app.baseURL}/stories/${(await created.json()).doc.slug}`)
    expect(await page.title()).toContain(meta.title)
    expect(await page.locator('h1').textContent()).toBe('A second vigil at the station')
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toBe(
      meta.description,
    )
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(meta.title)
    expect(await page.locator('meta[property="og:description"]').getAttribute('content')).toBe(
      meta.description,
    )
    const image = await page.locator('meta[property="og:image"]').getAttribute('content')
    expect(image).toMatch(/^http:\/\/[^/]+\/api\/media\/file\/.+1200x675/)
    expect(await page.locator('meta[property="og:image:width"]').getAttribute('content')).toBe(
      '1200',
    )
    expect(await page.locator('meta[property="og:image:alt"]').getAttribute('content')).toBe(
      'Candles outside the station',
    )
    expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe(
      'summary_large_image',
    )
    // The picture is public now that a published story shares it: a crawler fetching og:image gets it.
    const fetched = await fetch(new URL(new URL(image!).pathname, app.baseURL))
    expect(fetched.status).toBe(200)
    expect(fetched.headers.get('content-type')).toBe('image/jpeg')
    const jsonLd = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent())!,
    )
    expect(jsonLd).toMatchObject({
      headline: 'A second vigil at the station',
      description: meta.description,
    })
    // It quotes nobody: no empty "How we know this".
    expect(await page.locator('#how-we-know').count()).toBe(0)
  })

  it('posts a comment without JavaScript and is told it awaits moderation, then, posting again at once, how long to wait', async () => {
    const page = await reader('198.51.100.20', { javaScript: false })
    await page.goto(storyUrl())
    const post = async (name: string, email: string, body: string) => {
      const form = page.locator('section.comments > form')
      await form.getByLabel('Your name').fill(name)
      await form.getByLabel('Your email').fill(email)
      await form.getByLabel('Comment').fill(body)
      await Promise.all([page.waitForLoadState('load'), form.getByRole('button').click()])
      return (await page.locator('section.comments > form .notice').textContent())?.trim()
    }
    expect(await post('Ana', 'ana@example.com', 'Thank you for the context.')).toMatch(
      /awaits moderation/,
    )
    // The answer is where the reader is: the page comes back scrolled to the form, not to its top.
    expect(new URL(page.url()).hash).toBe('#add-comment')
    expect(await post('Ana again', 'ana.again@example.com', 'One more thought.')).toMatch(
      /posting too quickly\. Please wait \d+ seconds/,
    )
    // Another reader, from another address, is not held up by Ana.
    const other = await reader('198.51.100.21', { javaScript: false })
    await other.goto(storyUrl())
    const form = other.locator('section.comments > form')
    await form.getByLabel('Your name').fill('Ben')
    await form.getByLabel('Your email').fill('ben@example.com')
    await form.getByLabel('Comment').fill('Seconded.')
    await Promise.all([other.waitForLoadState('load'), form.getByRole('button').click()])
    expect(await other.locator('section.comments > form .notice').textContent()).toMatch(
      /awaits moderation/,
    )
  })

  it('on a phone without JavaScript, sees the answer to a comment where the page opens, not 5,000 px below', async () => {
    const page = await reader('198.51.100.25', { javaScript: false, width: 360 })
    await page.goto(storyUrl())
    const form = page.locator('section.comments > form')
    await form.getByLabel('Your name').fill('Dee')
    await form.getByLabel('Your email').fill('dee@example.com')
    await form.getByLabel('Comment').fill('Read on a phone.')
    await Promise.all([page.waitForLoadState('load'), form.getByRole('button').click()])
    const notice = page.locator('section.comments > form .notice')
    expect(await notice.textContent()).toMatch(/awaits moderation/)
    const inView = await notice.evaluate((element) => {
      const box = element.getBoundingClientRect()
      return {
        top: Math.round(box.top),
        bottom: Math.round(box.bottom),
        height: window.innerHeight,
        scrolled: Math.round(window.scrollY),
      }
    })
    expect(inView.scrolled).toBeGreaterThan(1000)
    expect(inView.top).toBeGreaterThanOrEqual(0)
    expect(inView.bottom).toBeLessThanOrEqual(inView.height)
  })

  it('reports a comment to the moderators without JavaScript, from the comment itself', async () => {
    const login = async (who: { email: string; password: string }) =>
      (
        await (
          await fetch(`${app.baseURL}/api/users/login`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(who),
          })
        ).json()
      ).token as string
    const story = await (await fetch(`${app.baseURL}/api/articles/slug/${SLUG}`)).json()
    const posted = await fetch(`${app.baseURL}/api/comments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.35' },
      body: JSON.stringify({
        article: story.id,
        authorName: 'Troll',
        authorEmail: 'troll@example.com',
        body: 'A comment someone will report.',
      }),
    })
    expect(posted.status).toBe(201)
    const commentId = (await posted.json()).doc.id
    const moderator = await login(LOGINS.moderator)
    const approved = await fetch(`${app.baseURL}/api/comments/${commentId}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${moderator}` },
      body: JSON.stringify({ status: 'approved' }),
    })
    expect(approved.status).toBe(200)

    const page = await reader('198.51.100.36', { javaScript: false })
    const deadline = Date.now() + 20_000
    do {
      await page.goto(storyUrl())
    } while (
      (await page.locator(`#report-comment-${commentId}`).count()) === 0 &&
      Date.now() < deadline
    )
    const report = page.locator(`details:has(#report-comment-${commentId})`)
    await report.locator('summary').click()
    await report.getByLabel(/Why should a moderator look at it/).fill('Insults another reader.')
    await Promise.all([
      page.waitForLoadState('load'),
      report.getByRole('button', { name: 'Report this comment' }).click(),
    ])
    expect(new URL(page.url()).hash).toBe(`#report-comment-${commentId}`)
    expect(await page.locator(`#report-comment-${commentId} .notice`).textContent()).toMatch(
      /A moderator will review this comment/,
    )
    const reports = await (
      await fetch(`${app.baseURL}/api/comment-reports?where[comment][equals]=${commentId}`, {
        headers: { authorization: `JWT ${moderator}` },
      })
    ).json()
    expect(reports.docs.map((doc: { reason: string }) => doc.reason)).toEqual([
      'Insults another reader.',
    ])
  })

  it('sees each field’s problem next to the field, and what it typed kept', async () => {
    const page = await reader('198.51.100.30', { javaScript: false })
    await page.goto(storyUrl())
    const form = page.locator('section.comments > form')
    await form.getByLabel('Your name').fill('Cleo')
    await form.getByLabel('Your email').fill('cleo@example.com')
    await form.getByLabel('Comment').fill('   ')
    await Promise.all([page.waitForLoadState('load'), form.getByRole('button').click()])
    const body = page.locator('section.comments > form').getByLabel('Comment')
    expect(await body.getAttribute('aria-invalid')).toBe('true')
    expect(await page.locator('section.comments > form .field-error').allTextContents()).toEqual([
      expect.stringMatching(/required/),
    ])
    expect(await page.locator('section.comments > form').getByLabel('Your name').inputValue()).toBe(
      'Cleo',
    )
  })

  it('reports an error to the editors without JavaScript', async () => {
    const page = await reader('198.51.100.40', { javaScript: false })
    await page.goto(storyUrl())
    const form = page.locator('section.report-error form')
    await form.getByLabel('What is wrong?').fill('The vigil was on Tuesday.')
    await Promise.all([page.waitForLoadState('load'), form.getByRole('button').click()])
    expect(await page.locator('section.report-error .notice').textContent()).toMatch(
      /sent to the editors/,
    )
  })

  it('reads comfortably on a 360 px screen: nothing wider than the screen', async () => {
    const page = await reader('198.51.100.50', { width: 360 })
    await page.goto(storyUrl())
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(
      360,
    )
    await page.screenshot({ path: path.join(DOCS, 'reader-story-360.png') })
  })
})

describe('pages that do not exist for readers', () => {
  it('an unknown slug and a draft answer 404 with a page that says so', async () => {
    const login = await fetch(`${app.baseURL}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ADMIN),
    })
    const { token } = await login.json()
    const draft = await fetch(`${app.baseURL}/api/articles?draft=true`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({
        title: 'A draft nobody may read',
        body: lexicalParagraphs('Not yet.'),
        _status: 'draft',
      }),
    })
    expect(draft.status).toBe(201)
    const page = await reader('198.51.100.60')
    for (const slug of ['no-such-story', 'a-draft-nobody-may-read']) {
      const response = await page.goto(`${app.baseURL}/stories/${slug}`)
      expect(response!.status()).toBe(404)
      expect(await page.locator('h1').textContent()).toBe('Story not found')
      expect(await page.content()).not.toContain('Not yet.')
    }
  })
})

describe('accessibility (axe in Chromium)', () => {
  it.each([
    ['the front page', '/'],
    ['the story page', `/stories/${SLUG}`],
    ['the 404 page', '/stories/no-such-story'],
    ['a policy page', '/policies/unnamed-sources'],
  ])('finds no serious or critical violation on %s', async (_name, pathname) => {
    const page = await reader('198.51.100.70')
    await page.goto(`${app.baseURL}${pathname}`)
    // Axe runs in the page: a browser with JavaScript reads the same page for it.
    const checker = await reader('198.51.100.91')
    await checker.goto(page.url())
    const results = await new AxeBuilder({ page: checker }).analyze()
    const serious = results.violations.filter(
      (violation) => violation.impact === 'serious' || violation.impact === 'critical',
    )
    expect(
      serious.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`),
    ).toEqual([])
  })
})

describe('feeds, sitemaps and policies, for machines', () => {
  const adminToken = async () =>
    (
      await (
        await fetch(`${app.baseURL}/api/users/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(ADMIN),
        })
      ).json()
    ).token as string
  const asAdmin = async (method: string, pathname: string, body: unknown) =>
    fetch(`${app.baseURL}${pathname}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `JWT ${await adminToken()}` },
      body: JSON.stringify(body),
    })
  const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' })

  it('serves an Atom feed a real feed parser reads: the stories, newest change first, each with its HTML; cached with a strong ETag', async () => {
    const draft = await (
      await asAdmin('POST', '/api/articles', {
        title: 'A draft the feed must not carry',
        body: lexicalParagraphs('Not yet.'),
        embargoUntil: new Date(Date.now() + 86_400_000).toISOString(),
      })
    ).json()
    const res = await fetch(`${app.baseURL}/feed.xml`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
    const feed = parseFeed(await res.text())
    expect(feed.meta.type).toBe('atom')
    const entry = feed.items.find((item) => item.url?.endsWith(`/stories/${SLUG}`))!
    expect(entry.title).toBe(story.headline)
    expect(entry.content).toContain(story.paragraphs[0].slice(0, 40))
    expect(feed.items.some((item) => item.url?.endsWith(`/stories/${draft.doc.slug}`))).toBe(false)
    const updated = feed.items.map((item) => item.updated!.getTime())
    expect(updated).toEqual([...updated].sort((a, b) => b - a))
    const again = await fetch(`${app.baseURL}/feed.xml`)
    expect(again.headers.get('x-cache')).toBe('HIT')
    expect(
      (
        await fetch(`${app.baseURL}/feed.xml`, {
          headers: { 'if-none-match': again.headers.get('etag')! },
        })
      ).status,
    ).toBe(304)
  })

  it('shows a published correction in the feed as soon as in the story (the same invalidation)', async () => {
    const { id } = await (await fetch(`${app.baseURL}/api/articles/slug/${SLUG}`)).json()
    const current = await (
      await fetch(`${app.baseURL}/api/articles/${id}?depth=0`, {
        headers: { authorization: `JWT ${await adminToken()}` },
      })
    ).json()
    const corrected = await asAdmin('PATCH', `/api/articles/${id}`, {
      _status: 'published',
      updateLog: [
        ...(current.updateLog ?? []),
        { type: 'correction', text: 'The vigil was on Tuesday, not Monday.' },
      ],
    })
    expect(corrected.status).toBe(200)
    const feed = parseFeed(await (await fetch(`${app.baseURL}/feed.xml`)).text())
    const entry = feed.items.find((item) => item.url?.endsWith(`/stories/${SLUG}`))!
    expect(entry.content).toContain('The vigil was on Tuesday, not Monday.')
    expect(entry.updated!.toISOString()).toBe((await corrected.json()).doc.dateModified)
    expect(feed.items[0].url).toMatch(new RegExp(`/stories/${SLUG}$`))
  })

  it('lists every published story in /sitemap.xml and the last two days’ in /news-sitemap.xml; robots.txt points at both', async () => {
    const fresh = await (
      await asAdmin('POST', '/api/articles', {
        title: 'Vigil planned for Friday',
        body: lexicalParagraphs('Neighbours will gather.'),
        _status: 'published',
      })
    ).json()
    const sitemap = xml.parse(await (await fetch(`${app.baseURL}/sitemap.xml`)).text())
    const locs = sitemap.urlset.url.map((url: { loc: string }) => url.loc)
    expect(locs).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`/stories/${SLUG}$`)),
        expect.stringMatching(/\/stories\/vigil-planned-for-friday$/),
      ]),
    )
    expect(locs.some((loc: string) => loc.includes('a-draft-the-feed-must-not-carry'))).toBe(false)

    const news = xml.parse(await (await fetch(`${app.baseURL}/news-sitemap.xml`)).text())
    expect(news.urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9')
    const item = news.urlset.url.find((url: { loc: string }) =>
      url.loc.endsWith('/stories/vigil-planned-for-friday'),
    )
    expect(item['news:news']).toEqual({
      'news:publication': { 'news:name': 'Newsroom', 'news:language': 'en' },
      'news:publication_date': fresh.doc.publishedAt,
      'news:title': 'Vigil planned for Friday',
    })
    for (const url of news.urlset.url) {
      expect(
        Date.now() - Date.parse(url['news:news']['news:publication_date']),
      ).toBeLessThanOrEqual(2 * 86_400_000)
    }

    const robots = await (await fetch(`${app.baseURL}/robots.txt`)).text()
    expect(robots).toMatch(/^Sitemap: http:\/\/\S+\/sitemap\.xml$/m)
    expect(robots).toMatch(/^Sitemap: http:\/\/\S+\/news-sitemap\.xml$/m)
  })

  it('publishes the newsroom’s policies: linked from every page, default texts marked as defaults; the JSON-LD names the publisher', async () => {
    const page = await reader('198.51.100.90')
    await page.goto(storyUrl())
    const links = await page
      .locator('footer nav a')
      .evaluateAll((anchors) =>
        anchors.map((anchor) => (anchor as HTMLAnchorElement).getAttribute('href')),
      )
    expect(links).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/\/policies\/corrections$/),
        expect.stringMatching(/\/policies\/unnamed-sources$/),
        expect.stringMatching(/\/policies\/verification$/),
        expect.stringMatching(/\/policies\/ethics$/),
        expect.stringMatching(/\/policies\/feedback$/),
      ]),
    )
    const jsonLd = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent())!,
    )
    // Without SERVER_URL (as here) the policies' URLs are not absolute, and structured data carries only absolute ones
    // (tests/integration/syndication.test.ts checks them with a SERVER_URL).
    expect(jsonLd.publisher).toMatchObject({ '@type': 'NewsMediaOrganization', name: 'Newsroom' })
    await page.goto(`${app.baseURL}/policies/unnamed-sources`)
    expect(await page.locator('h1').textContent()).toBe('Unnamed sources policy')
    expect(await page.locator('article.policy').textContent()).toContain('This is the default text')
    expect((await fetch(`${app.baseURL}/policies/nothing-like-this`)).status).toBe(404)
  })
})

describe('the story page’s cache', () => {
  it('is served from memory with a strong ETag and 304s, and rebuilt when the story changes', async () => {
    await fetch(storyUrl())
    const hit = await fetch(storyUrl())
    expect(hit.headers.get('x-cache')).toBe('HIT')
    const etag = hit.headers.get('etag')!
    expect(etag).toMatch(/^"[\w-]+"$/)
    expect((await fetch(storyUrl(), { headers: { 'if-none-match': etag } })).status).toBe(304)
    // An editor's published change empties it; the next reader gets the new page.
    const { token } = await (
      await fetch(`${app.baseURL}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(ADMIN),
      })
    ).json()
    const { id } = await (await fetch(`${app.baseURL}/api/articles/slug/${SLUG}`)).json()
    await fetch(`${app.baseURL}/api/articles/${id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ dek: 'A dek changed by an editor.' }),
    })
    const fresh = await fetch(storyUrl())
    expect(fresh.headers.get('x-cache')).not.toBe('HIT')
    expect(await fresh.text()).toContain('A dek changed by an editor.')
    expect((await fetch(storyUrl(), { headers: { 'if-none-match': etag } })).status).toBe(200)
  })
})

describe('live preview for editors', () => {
  it('shows the draft on the reader page while the editor types, before saving; nobody else gets the draft', async () => {
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } })
    contexts.push(context)
    const page = await context.newPage()
    await page.goto(`${app.baseURL}/admin/login`)
    await page.fill('#field-email', EDITOR.email)
    await page.fill('#field-password', EDITOR.password)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 60_000 })
    const { id } = await (await fetch(`${app.baseURL}/api/articles/slug/${SLUG}`)).json()
    await page.goto(`${app.baseURL}/admin/collections/articles/${id}`)
    await page.waitForSelector('#field-dek')
    await page.waitForTimeout(1_000)
    const frame = page.frameLocator('iframe')
    if (
      !(await frame
        .locator('h1')
        .isVisible()
        .catch(() => false))
    ) {
      await page.locator('#live-preview-toggler').click()
    }
    await frame.locator('.preview-banner').waitFor({ timeout: 30_000 })
    expect(await frame.locator('.story-body [data-quote]').count()).toBe(7)
    await page.fill('#field-dek', 'A dek typed in the admin, not saved yet.')
    const deadline = Date.now() + 10_000
    while (
      Date.now() < deadline &&
      (await frame.locator('.dek').textContent()) !== 'A dek typed in the admin, not saved yet.'
    ) {
      await page.waitForTimeout(200)
    }
    expect(await frame.locator('.dek').textContent()).toBe(
      'A dek typed in the admin, not saved yet.',
    )
    await page.screenshot({ path: path.join(DOCS, 'live-preview.png') })
    // Readers still get the published story; the preview URL is a 404 to anyone not logged in.
    expect((await (await fetch(`${app.baseURL}/api/articles/slug/${SLUG}`)).json()).dek).not.toBe(
      'A dek typed in the admin, not saved yet.',
    )
    const anonymous = await reader('198.51.100.80')
    const response = await anonymous.goto(`${app.baseURL}/stories/${SLUG}?preview=${id}`)
    expect(response!.status()).toBe(404)
    expect(response!.headers()['x-cache']).toBeUndefined()
  })
})

describe('every edition, for readers', () => {
  const adminToken = async () =>
    (
      await (
        await fetch(`${app.baseURL}/api/users/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(ADMIN),
        })
      ).json()
    ).token as string
  const asAdmin = async (method: string, pathname: string, body?: unknown) =>
    fetch(`${app.baseURL}${pathname}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `JWT ${await adminToken()}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    })

  it('sees a quote edited after publication only once it is republished, then follows the correction to the words removed and added, without JavaScript', async () => {
    // A story of its own, so that no other test's draft goes out with its publishes.
    const source = await (
      await asAdmin('POST', '/api/sources', {
        kind: 'official',
        description: 'the fire chief',
        name: 'Marta Klein',
      })
    ).json()
    const quote = await (
      await asAdmin('POST', '/api/quotes', {
        text: 'The fire is contained.',
        kind: 'verbatim',
        speaker: source.doc.id,
      })
    ).json()
    const created = await (
      await asAdmin('POST', '/api/articles', {
        title: 'Warehouse fire contained',
        body: bodyQuoting(quote.doc.id, 'The fire chief said: “'),
        _status: 'published',
      })
    ).json()
    const published = created.doc
    const storyUrl = () => `${app.baseURL}/stories/${published.slug}`
    expect(
      (
        await asAdmin('PATCH', `/api/quotes/${quote.doc.id}`, {
          text: 'The fire is only partly contained.',
        })
      ).status,
    ).toBe(200)
    const page = await reader('198.51.100.90', { javaScript: false })
    await page.goto(storyUrl())
    // The page is the published edition: the edited quote waits for a publish.
    expect(await page.locator('.story-body').innerText()).toContain('The fire is contained.')

    const correction = 'The fire chief said the fire was only partly contained.'
    const republished = await asAdmin('PATCH', `/api/articles/${published.id}`, {
      _status: 'published',
      updateLog: [{ type: 'correction', text: correction }],
    })
    expect(republished.status).toBe(200)

    await page.goto(storyUrl())
    expect(await page.locator('.story-body').innerText()).toContain(
      'The fire is only partly contained.',
    )
    const entry = page.locator('.update-log li', { hasText: correction })
    expect(await entry.count()).toBe(1)
    await entry.getByRole('link', { name: 'What changed' }).click({ timeout: 10_000 })
    await page.waitForURL(/\/editions\/\d+$/)
    const changes = page.locator('.what-changed')
    expect(await changes.locator('ins').allInnerTexts()).toEqual([
      expect.stringContaining('only partly'),
    ])
    expect(await changes.locator('del').count()).toBe(0)
    // Said in words too, for a screen reader that does not announce <ins>.
    expect(await changes.locator('ins .visually-hidden').first().textContent()).toBe('[added: ')
    expect(await changes.innerText()).toContain(correction)
    // Axe runs in the page: a browser with JavaScript reads the same page for it.
    const checker = await reader('198.51.100.91')
    await checker.goto(page.url())
    const results = await new AxeBuilder({ page: checker }).analyze()
    expect(
      results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => violation.id),
    ).toEqual([])

    await page.getByRole('link', { name: 'All editions' }).click()
    await page.waitForURL(/\/editions$/)
    const current = page.locator('.edition-list > li').first()
    expect(await current.innerText()).toMatch(/^Edition \d+ \(current\): Corrected/)
    expect(await current.innerText()).toContain(correction)
    expect(await page.locator('.edition-list > li').last().innerText()).toMatch(
      /^Edition 1: First published/,
    )
  })
})
