import type { Browser, Locator, Page } from 'playwright-core'

import fs from 'node:fs'
import path from 'node:path'

import { type AppProcess, loginEnv, projectRoot, startApp, testLogins } from '../helpers/appProcess'
import { eventually, launchChromium, logInToAdmin } from '../helpers/browser'
import { bodyQuoting, lexicalParagraphs } from '../helpers/fixtures'
import { hasLocation, photoWithLocation } from '../helpers/images'

/**
 * The newsroom's workflow in real Chromium against the production app, on the seeded story (it
 * quotes an anonymous colleague and an unverified clip, so legal must sign it off): a reporter's
 * draft, an editor's update refused for want of a sign-off, legal's queue and sign-off, the
 * editor's publish; then a retraction, as readers meet it. Screenshots in tests/e2e/screenshots/.
 */
const SLUG = 'the-officer-was-taken-away-unaware-that-the-camera-was-still-rolling'
const LOGINS = testLogins('workflow.test')
const SHOTS = path.join(projectRoot, 'tests', 'e2e', 'screenshots')

let app: AppProcess
let browser: Browser
let articleId: number

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true })
  app = await startApp({ script: 'start', env: { SEED_ON_START: 'true', ...loginEnv(LOGINS) } })
  browser = await launchChromium()
  articleId = (await (await fetch(`${app.baseURL}/api/articles/slug/${SLUG}`)).json()).id
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

const logIn = (who: keyof typeof LOGINS) => logInToAdmin(browser, app.baseURL, LOGINS[who])
const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: false })

const tokens = new Map<string, string>()
/** REST as one of the staff (a login of their own, beside the browser's). */
const api = async (who: keyof typeof LOGINS, method: string, pathname: string, body?: unknown) => {
  if (!tokens.has(who)) {
    const login = await fetch(`${app.baseURL}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(LOGINS[who]),
    })
    tokens.set(who, (await login.json()).token)
  }
  const res = await fetch(`${app.baseURL}${pathname}`, {
    method,
    headers: {
      authorization: `JWT ${tokens.get(who)}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: res.status, body: await res.json().catch(() => null) }
}
const latest = async () =>
  (await api('editor', 'GET', `/api/articles/${articleId}?draft=true&depth=0`)).body
const story = async () => (await fetch(`${app.baseURL}/api/articles/slug/${SLUG}`)).json()

/** Picks an option of a Payload select field. */
const choose = async (page: Page, field: string, option: string) => {
  await page.click(`#field-${field} .rs__control`)
  await page.getByRole('option', { name: option, exact: true }).click()
}

describe('a day on the story', () => {
  it('the seeded story is published with the seed’s legal sign-off, plainly marked as seed data', async () => {
    const doc = await latest()
    expect(doc.stage).toBe('published')
    expect(doc.legalSignOff.note).toMatch(/^Seed data/)
    const legalUser = (await api('legal', 'GET', '/api/users/me')).body.user
    expect(doc.legalSignOff.signedBy).toBe(legalUser.id)
    // Nothing of it reaches readers.
    expect(JSON.stringify(await story())).not.toMatch(/Seed data|legalSignOff|stageHistory/)
  })

  it('a reporter drafts a follow-up in the admin, sends it to edit, and cannot publish it', async () => {
    const page = await logIn('reporter')
    await page.waitForSelector('#waiting-for-you')
    // Moderators' collections are not offered to a reporter: no link, no instructions, no "Create New".
    expect(
      await page
        .locator('a[href$="/collections/comments"], a[href$="/collections/comment-reports"]')
        .count(),
    ).toBe(0)
    expect(await page.locator('#moderation-waiting').count()).toBe(0)
    await page.goto(`${app.baseURL}/admin/collections/articles/create`)
    await page.fill('#field-title', 'Colleagues gather outside the station')
    await page.locator('[data-lexical-editor="true"]').first().click()
    await page.keyboard.type('About forty officers and neighbours stood in silence this morning.')
    // Only the stages a reporter may choose are offered.
    await page.click('#field-stage .rs__control')
    expect(await page.getByRole('option').allTextContents()).toEqual(['Draft', 'In edit'])
    await page.keyboard.press('Escape')
    await choose(page, 'stage', 'In edit')
    await page.waitForTimeout(3_000) // autosave
    const mine = await eventually(
      async () =>
        (
          await api(
            'reporter',
            'GET',
            `/api/articles?draft=true&where[title][equals]=${encodeURIComponent('Colleagues gather outside the station')}&depth=0`,
          )
        ).body.docs,
      (docs: any[]) => docs[0]?.stage === 'in-edit',
    )
    const reporter = (await api('reporter', 'GET', '/api/users/me')).body.user
    expect(mine[0].createdBy).toBe(reporter.id)
    expect(mine[0].stageHistory.at(-1)).toMatchObject({ stage: 'in-edit', movedBy: reporter.id })
    await shot(page, '5a-reporter-draft-in-edit')
    // No Publish (nor Schedule) button to try: the reporter is told, before any click, how the story moves on.
    expect(await page.locator('#action-save').count()).toBe(0)
    expect(await page.locator('#publish-by-editors').textContent()).toMatch(/Editors publish/)
    await shot(page, '5b-reporter-cannot-publish')
    // The server refuses it anyway, in words a person reads (no internal field name).
    const refused = await api('reporter', 'PATCH', `/api/articles/${mine[0].id}`, {
      _status: 'published',
    })
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toMatch(/Only an editor can publish/)
    expect(refused.body.errors[0].message).not.toMatch(/_status/)
    // Another's story opens read-only, saying why.
    await page.goto(`${app.baseURL}/admin/collections/articles/${articleId}`)
    await page.locator('#read-only-because').waitFor()
    expect(await page.locator('#read-only-because').textContent()).toMatch(
      /a reporter edits the stories they started/,
    )
    expect(await (await fetch(`${app.baseURL}/api/articles/${mine[0].id}`)).status).toBe(404)
  })

  it('an editor’s change to the body voids the sign-off: publishing is refused with legal’s reason', async () => {
    const page = await logIn('editor')
    await page.goto(`${app.baseURL}/admin/collections/articles/${articleId}`)
    const editor = page.locator('[data-lexical-editor="true"]').first()
    await editor.waitFor()
    await editor.locator('p').last().click()
    await page.keyboard.press('End')
    // Where the editor types, before any change: what a change does to legal's sign-off.
    expect(await page.locator('#body-sign-off-note').textContent()).toMatch(
      /voids the sign-off when you save/,
    )
    await page.keyboard.type(' The union has asked for the full recording.')
    // Autosaves keep the draft, and leave the sign-off and stage alone while the editor types.
    const autosaved = await eventually(latest, (doc) =>
      JSON.stringify(doc.body).includes('The union has asked'),
    )
    expect(autosaved.stage).toBe('in-edit')
    expect(autosaved.legalSignOff?.signedBy).toBeTruthy()
    await page.click('#action-save')
    await page.waitForSelector('text=/Legal must sign this story off/')
    const page_ = await page.content()
    expect(page_).toMatch(/anonymous source/)
    expect(page_).toMatch(/whose verification is “unverified”/)
    await shot(page, '5c-publish-needs-legal')
    // The editor sends it to legal, and leaves the story so legal can open it.
    await choose(page, 'stage', 'Legal review')
    await page.waitForTimeout(3_000)
    await eventually(latest, (doc) => doc.stage === 'legal-review')
    await page.goto(`${app.baseURL}/admin`)
    expect((await story()).bodyHtml).not.toContain('The union has asked')
  })

  it('legal finds it waiting on the dashboard, leaves a note, and signs it off', async () => {
    const page = await logIn('legal')
    const queue = page.locator('#waiting-for-you')
    await queue.waitFor()
    expect(await queue.textContent()).toMatch(/Waiting for legal review \(1\)/)
    await shot(page, '5d-legal-dashboard')
    const note = await api('legal', 'POST', '/api/editorial-notes', {
      article: articleId,
      text: 'The colleague’s words are opinion; fine as attributed.',
    })
    expect(note.status).toBe(201)
    await queue.getByRole('link', { name: /The officer was taken away/i }).click()
    await page.waitForSelector('#article-action-legal-sign-off')
    // Legal is told why the story needs it, and that the text changed since the last sign-off.
    await page.locator('.legal-review-reasons').waitFor()
    expect(await page.locator('.legal-review-reasons').textContent()).toMatch(/anonymous source/)
    expect(await page.locator('.legal-review-stale').textContent()).toMatch(/needs signing again/)
    await page.fill('#article-action-legal-sign-off textarea', 'Cleared for publication.')
    await page.getByRole('button', { name: 'Sign off' }).click()
    await page.waitForSelector('text=/Signed off/')
    await shot(page, '5e-legal-signed-off')
    const signed = await eventually(
      latest,
      (doc) => doc.legalSignOff?.note === 'Cleared for publication.',
    )
    expect(signed.stage).toBe('ready')
    // Legal cannot publish (nor edit) it.
    expect([403, 404]).toContain(
      (await api('legal', 'PATCH', `/api/articles/${articleId}`, { _status: 'published' })).status,
    )
    // Nothing of the workflow reached readers.
    expect(JSON.stringify(await story())).not.toMatch(
      /opinion; fine as attributed|Cleared for publication/,
    )
  })

  it('the editor publishes the signed-off text; readers get it', async () => {
    const page = await logIn('editor')
    await page.goto(`${app.baseURL}/admin/collections/articles/${articleId}`)
    await page.waitForSelector('#action-save')
    await page.click('#action-save')
    const served = await eventually(story, (s) =>
      s.bodyHtml?.includes('The union has asked for the full recording.'),
    )
    expect(served.bodyHtml).toContain('The union has asked for the full recording.')
    expect((await latest()).stage).toBe('published')
    await shot(page, '5f-published-after-sign-off')
  })
})

describe('a retraction', () => {
  it('leaves the story at its URL with the notice and the headline, 410 Gone, without its text', async () => {
    const created = await api('editor', 'POST', '/api/articles', {
      title: 'A sighting that was not',
      body: lexicalParagraphs('The body of a story that will be withdrawn.'),
      _status: 'published',
    })
    expect(created.status).toBe(201)
    const { id, slug } = created.body.doc
    const page = await logIn('editor')
    await page.goto(`${app.baseURL}/admin/collections/articles/${id}`)
    await page.getByRole('button', { name: 'Updates and corrections' }).click()
    await page.getByRole('button', { name: /Add Entry/i }).click()
    await choose(page, 'updateLog__0__type', 'Retraction')
    await page.fill(
      '#field-updateLog__0__text',
      'This story has been withdrawn: the sighting could not be confirmed.',
    )
    await page.click('#action-save')
    const gone = await eventually(
      async () => fetch(`${app.baseURL}/api/articles/slug/${slug}`),
      (res) => res.status === 410,
    )
    expect((await gone.json()).retraction.text).toMatch(/could not be confirmed/)

    const reader = await browser.newPage()
    const response = await reader.goto(`${app.baseURL}/stories/${slug}`)
    expect(response!.status()).toBe(410)
    expect(await reader.textContent('.retraction-notice')).toMatch(/could not be confirmed/)
    expect(await reader.textContent('h1')).toBe('A sighting that was not')
    expect(await reader.content()).not.toContain('will be withdrawn')
    await reader.screenshot({ path: path.join(SHOTS, '5g-retracted-story.png') })
    await reader.close()
    // The feed says so; the sitemaps no longer offer the page for indexing.
    const feed = await eventually(
      async () => (await fetch(`${app.baseURL}/feed.xml`)).text(),
      (xml) => xml.includes('Retracted: A sighting that was not'),
    )
    expect(feed).not.toContain('will be withdrawn')
    expect(await (await fetch(`${app.baseURL}/sitemap.xml`)).text()).not.toContain(slug)
    expect(await (await fetch(`${app.baseURL}/news-sitemap.xml`)).text()).not.toContain(slug)
  })
})

describe('a legal takedown', () => {
  it('shows as “Taken down” on the open story at once and in the articles list, not as a draft', async () => {
    const created = await api('editor', 'POST', '/api/articles', {
      title: 'A story legal will take down',
      body: lexicalParagraphs('Words a court has ordered removed.'),
      _status: 'published',
    })
    expect(created.status).toBe(201)
    const { id, slug } = created.body.doc
    const page = await logIn('legal')
    await page.goto(`${app.baseURL}/admin/collections/articles/${id}`)
    await page.waitForSelector('#public-state')
    expect(await page.locator('#public-state').textContent()).toMatch(/Published/)
    // In the header, beside the story's state: Take down… asks for the reason.
    await page.getByRole('button', { name: 'Take down…' }).click()
    await page.fill('#article-action-takedown textarea', 'Court order of 3 December.')
    await page.getByRole('button', { name: 'Take down', exact: true }).click()
    // No reload by hand: the open document says what happened.
    await page.getByRole('button', { name: 'Lift takedown' }).waitFor({ timeout: 30_000 })
    await page.locator('#public-state', { hasText: 'Taken down' }).waitFor({ timeout: 30_000 })
    expect(await page.locator('#public-state').textContent()).toMatch(/Court order of 3 December/)
    expect([404, 410]).toContain((await fetch(`${app.baseURL}/api/articles/slug/${slug}`)).status)
    await shot(page, '5h-taken-down')
    await page.goto(`${app.baseURL}/admin/collections/articles?limit=100`)
    const row = page.locator('tr', { hasText: 'A story legal will take down' })
    await row.waitFor()
    expect(await row.locator('.public-state').textContent()).toBe('Taken down')
  })
})

describe('scheduling a publish', () => {
  it('opens on Publish for a story never published, offers no Unpublish, and a schedule the publish gate refuses says why', async () => {
    const quote = await api('editor', 'POST', '/api/quotes', {
      text: 'Nobody claims these words.',
      kind: 'verbatim',
    })
    expect(quote.status).toBe(201)
    const created = await api('editor', 'POST', '/api/articles?draft=true', {
      title: 'Scheduled but not ready',
      body: bodyQuoting(quote.body.doc.id),
      _status: 'draft',
    })
    expect(created.status).toBe(201)
    const page = await logIn('editor')
    await page.goto(`${app.baseURL}/admin/collections/articles/${created.body.doc.id}`)
    await page.locator('#action-save-popup button').first().click()
    await page.getByRole('button', { name: 'Schedule Publish' }).click()
    const types = page.locator('.schedule-publish__type')
    await types.waitFor()
    // Publish is chosen (Payload's drawer opened on Unpublish), and Unpublish is not offered.
    await eventually(
      async () => types.locator('li').first().locator('input').isChecked(),
      (checked) => checked === true,
    )
    expect(await types.locator('li').nth(1).isVisible()).toBe(false)
    await shot(page, '5i-schedule-drawer')
    const date = page.locator('.schedule-publish__scheduler input[type="text"]').first()
    await date.click()
    await date.fill('Dec 31, 2099 9:00 AM')
    await page.keyboard.press('Enter')
    await page
      .locator('.schedule-publish')
      .getByRole('button', { name: 'Save', exact: true })
      .click()
    // The gate's own words, not "Scheduled successfully".
    await page
      .getByText(/Not scheduled: the story could not be published as it stands/)
      .first()
      .waitFor({ timeout: 30_000 })
    expect(
      await page.getByText(/Nobody claims these words\.” has no speaker/).count(),
    ).toBeGreaterThan(0)
    expect(await page.getByText('Scheduled successfully').count()).toBe(0)
  })
})

/** The vigil photo as readers see it in `figure`: its alt text, every width in srcset, caption and credit, loaded. */
const expectVigilPictureShown = async (figure: Locator) => {
  const img = figure.locator('img')
  expect(await img.getAttribute('alt')).toBe('Candles outside the station at night')
  expect((await img.getAttribute('srcset'))!.split(',').length).toBeGreaterThanOrEqual(4)
  expect(await figure.locator('figcaption').textContent()).toMatch(
    /The vigil on the second evening\.\s*Photo sent by a reader/,
  )
  await img.scrollIntoViewIfNeeded()
  await eventually(
    async () => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth),
    (width) => Number(width) > 0,
  )
}

describe('a photo with its provenance', () => {
  it('is uploaded in the admin, stripped of its location, and shown on the story with every size in srcset', async () => {
    const page = await logIn('editor')
    await page.goto(`${app.baseURL}/admin/collections/media/create`)
    await page.setInputFiles('input[type="file"]', {
      name: 'vigil.jpg',
      mimeType: 'image/jpeg',
      buffer: await photoWithLocation(1600, 1200),
    })
    await page.fill('#field-alt', 'Candles outside the station at night')
    await page.fill('#field-caption', 'The vigil on the second evening.')
    await page.fill('#field-credit', 'Photo sent by a reader')
    await page.fill(
      '#field-provenance__howObtained',
      'Sent to the newsroom by the reader who took it',
    )
    await page.fill('#field-provenance__capturedAt', 'the second evening, about 21:00')
    await choose(page, 'provenance__verificationStatus', 'Verified')
    await shot(page, '6a-photo-upload')
    await page.click('#action-save')
    const media = await eventually(
      async () =>
        (
          await api(
            'editor',
            'GET',
            `/api/media?where[alt][equals]=${encodeURIComponent('Candles outside the station at night')}`,
          )
        ).body.docs,
      (docs: any[]) => docs.length === 1,
    )
    expect(media[0]).toMatchObject({
      credit: 'Photo sent by a reader',
      provenance: { verificationStatus: 'verified', capturedAt: 'the second evening, about 21:00' },
    })
    const original = await fetch(`${app.baseURL}${media[0].url}`, {
      headers: { authorization: `JWT ${tokens.get('editor')}` },
    })
    expect(await hasLocation(Buffer.from(await original.arrayBuffer()))).toBe(false)

    const story = await api('editor', 'POST', '/api/articles', {
      title: 'A vigil on the second evening',
      body: lexicalParagraphs('Neighbours lit candles.'),
      heroImage: media[0].id,
      _status: 'published',
    })
    expect(story.status).toBe(201)
    const reader = await browser.newPage()
    await reader.goto(`${app.baseURL}/stories/${story.body.doc.slug}`)
    await expectVigilPictureShown(reader.locator('figure.hero-image'))
    await reader.screenshot({ path: path.join(SHOTS, '6b-story-with-photo.png') })
    await reader.close()
  })
})

describe('a picture inside the text', () => {
  it('is placed with “/upload” in the body, published, and shown to readers in the story’s text with srcset, caption and credit', async () => {
    const story = await api('editor', 'POST', '/api/articles', {
      title: 'Candles on the third evening',
      body: lexicalParagraphs(
        'Neighbours came back with more candles.',
        'The station stayed dark.',
      ),
      _status: 'published',
    })
    expect(story.status).toBe(201)
    const page = await logIn('editor')
    await page.goto(`${app.baseURL}/admin/collections/articles/${story.body.doc.id}`)
    await page.getByRole('button', { name: 'Story', exact: true }).click()
    await page.locator('.ContentEditable__root p', { hasText: 'more candles' }).click()
    await page.keyboard.press('End')
    await page.keyboard.press('Enter')
    await page.keyboard.type('/upload')
    await page.getByRole('listbox', { name: 'Slash menu' }).waitFor()
    await page.keyboard.press('Enter')
    // The drawer lists the newsroom's pictures (only media: no other collection is offered).
    await page
      .getByRole('button', { name: /^vigil.*\.jpg$/ })
      .first()
      .click()
    await page.locator('.ContentEditable__root img').first().waitFor()
    await shot(page, '6d-picture-in-text')
    await page.click('#action-save')
    const served = await eventually(
      async () => (await fetch(`${app.baseURL}/api/articles/slug/${story.body.doc.slug}`)).json(),
      (doc: any) => doc.bodyImages?.length === 1,
    )
    expect(served.bodyImages[0].alt).toBe('Candles outside the station at night')
    const reader = await browser.newPage()
    await reader.goto(`${app.baseURL}/stories/${story.body.doc.slug}`)
    // Between the two paragraphs, as placed (an empty paragraph the editor's slash command may leave
    // behind when the upload drawer opens is no paragraph of the story's).
    const order = await reader
      .locator('.story-body > *')
      .evaluateAll((nodes) =>
        nodes
          .filter((node) => node.tagName !== 'P' || node.textContent.trim())
          .map((node) => node.tagName),
      )
    expect(order).toEqual(['P', 'FIGURE', 'P'])
    await expectVigilPictureShown(reader.locator('.story-body figure.story-picture'))
    await reader.screenshot({
      path: path.join(SHOTS, '6e-story-with-picture-in-text.png'),
      fullPage: true,
    })
    await reader.close()
  })
})

describe('search and social fields', () => {
  it('are filled from the story in the SEO tab with “Auto-generate”, previewed, and used in the reader page’s head', async () => {
    const [story] = (
      await api(
        'editor',
        'GET',
        `/api/articles?where[title][equals]=${encodeURIComponent('A vigil on the second evening')}&depth=0`,
      )
    ).body.docs
    const page = await logIn('editor')
    await page.goto(`${app.baseURL}/admin/collections/articles/${story.id}`)
    await page.getByRole('button', { name: 'SEO', exact: true }).click()
    const generate = page.getByRole('button', { name: 'Auto-generate' })
    await eventually(
      async () => generate.count(),
      (count) => count === 3,
    )
    await generate.nth(0).click()
    await eventually(
      async () => page.inputValue('#field-meta__title'),
      (value) => value === 'A vigil on the second evening',
    )
    await page.fill(
      '#field-meta__description',
      'Neighbours lit candles outside the station on the second evening.',
    )
    await generate.nth(2).click()
    // The plugin's search-result preview shows what was generated.
    expect(
      await eventually(
        async () =>
          page.locator('a[href="/"]', { hasText: 'A vigil on the second evening' }).count(),
        (count) => count === 1,
      ),
    ).toBe(1)
    expect(
      await eventually(
        async () => page.getByText(/\/stories\/a-vigil-on-the-second-evening$/).count(),
        (count) => count === 1,
      ),
    ).toBe(1)
    await shot(page, '6c-seo-tab')
    await page.click('#action-save')
    const saved = await eventually(
      async () => (await api('editor', 'GET', `/api/articles/${story.id}?depth=0`)).body.meta,
      (meta: any) =>
        meta?.description?.startsWith('Neighbours lit candles') && meta?.image === story.heroImage,
    )
    expect(saved.title).toBe('A vigil on the second evening')
    const reader = await browser.newPage()
    await reader.goto(`${app.baseURL}/stories/${story.slug}`)
    expect(await reader.locator('meta[property="og:description"]').getAttribute('content')).toBe(
      'Neighbours lit candles outside the station on the second evening.',
    )
    expect(await reader.locator('meta[property="og:image"]').getAttribute('content')).toMatch(
      /1200x675\.jpg$/,
    )
    await reader.close()
  })
})
