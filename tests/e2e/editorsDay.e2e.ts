import type { Browser, Page } from 'playwright-core'

import fs from 'node:fs'
import path from 'node:path'

import { type AppProcess, loginEnv, projectRoot, startApp, testLogins } from '../helpers/appProcess'
import { eventually, launchChromium, logInToAdmin } from '../helpers/browser'
import { bodyQuoting, lexicalParagraphs } from '../helpers/fixtures'

/**
 * The editor's and moderator's day, in real Chromium against the real app (production build,
 * fresh seeded database). Each step leaves a screenshot in tests/e2e/screenshots/.
 */
const SLUG = 'the-officer-was-taken-away-unaware-that-the-camera-was-still-rolling'
const LOGINS = testLogins('e2e.test')
const SHOTS = path.join(projectRoot, 'tests', 'e2e', 'screenshots')

let app: AppProcess
let browser: Browser
let articleId: number

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true })
  app = await startApp({
    script: 'start',
    env: {
      SEED_ON_START: 'true',
      ...loginEnv(LOGINS),
    },
  })
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

/** Selects the first paragraph's quoted words, marks included, as an editor would with the mouse. */
const selectQuotedWords = async (page: Page) => {
  const paragraph = page.locator('.ContentEditable__root p').first()
  await paragraph.click()
  await paragraph.evaluate((p) => {
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT)
    const text = walker.nextNode()!
    const range = document.createRange()
    range.setStart(text, text.textContent!.indexOf('“'))
    range.setEnd(text, text.textContent!.indexOf('”') + 1)
    window.getSelection()!.removeAllRanges()
    window.getSelection()!.addRange(range)
  })
  return paragraph
}

/** A REST call as the editor (for what a test sets up before the browser takes over). */
/** The editor's REST token, signed in once: the sign-in throttle counts every login from this address. */
let editorToken: Promise<string> | undefined
const editorLogin = () =>
  (editorToken ??= fetch(`${app.baseURL}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(LOGINS.editor),
  })
    .then((login) => login.json())
    .then(({ token }) => token as string))

const asEditor = async (method: string, pathname: string, body: unknown) =>
  (
    await fetch(`${app.baseURL}${pathname}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `JWT ${await editorLogin()}` },
      body: JSON.stringify(body),
    })
  ).json()

const publicArticle = async () => (await fetch(`${app.baseURL}/api/articles/${articleId}`)).json()
const story = async () => (await fetch(`${app.baseURL}/api/articles/slug/${SLUG}`)).json()

describe('an editor', () => {
  let page: Page
  beforeAll(async () => {
    page = await logIn('editor')
  })

  it('changes the dek: the draft stays private until published, then the public gets it', async () => {
    const publishedDek = (await publicArticle()).dek
    await page.goto(`${app.baseURL}/admin/collections/articles/${articleId}`)
    await page.waitForSelector('#field-dek')
    // Each inline quote reads as printed: its words and speaker, not a bare “Quote”.
    await page
      .locator('.quote-block-label', { hasText: 'Tell them I was trying to protect her.' })
      .first()
      .waitFor({ timeout: 30_000 })
    expect(await page.locator('.quote-block-label').count()).toBe(7)
    const chip = page
      .locator('.quote-block-label', { hasText: 'Tell them I was trying to protect her.' })
      .first()
    // The speaker first, so a chip cut at 300 px still says who; the tooltip adds the kind and the article.
    expect(await chip.textContent()).toBe(
      'the officer, heard in the leaked clip: Tell them I was trying to protect her.',
    )
    expect(await chip.getAttribute('title')).toMatch(/\(verbatim, from “The officer/)
    await page.mouse.wheel(0, 450)
    await page.waitForTimeout(300)
    await shot(page, '1a2-inline-quote-labels')
    await shot(page, '1a-editor-opens-story')
    await page.fill('#field-dek', 'An editor’s new dek, written in the browser.')
    // Autosave keeps the change as a draft.
    await page.waitForTimeout(3_500)
    await shot(page, '1b-draft-saved')
    expect((await publicArticle()).dek).toBe(publishedDek)

    await page.click('#action-save')
    const after = await eventually(
      publicArticle,
      (a) => a.dek === 'An editor’s new dek, written in the browser.',
    )
    expect(after.dek).toBe('An editor’s new dek, written in the browser.')
    await shot(page, '1c-published')
  })

  it('reads the quotes of a story that has not run yet with an editor’s access, not as the public would', async () => {
    const source = (
      await asEditor('POST', '/api/sources', {
        kind: 'official',
        description: 'a council spokesperson',
        name: 'Dana Reyes',
        role: 'Council spokesperson',
      })
    ).doc
    const quote = (
      await asEditor('POST', '/api/quotes', {
        text: 'The council will publish the review in full.',
        speaker: source.id,
      })
    ).doc
    const draft = (
      await asEditor('POST', '/api/articles?draft=true', {
        title: 'A story still in draft',
        body: bodyQuoting(quote.id, 'The council said: “'),
        _status: 'draft',
      })
    ).doc
    // Nobody outside the newsroom can read that quote yet.
    expect((await fetch(`${app.baseURL}/api/quotes/${quote.id}`)).status).toBe(404)
    await page.goto(`${app.baseURL}/admin/collections/articles/${draft.id}`)
    await page.getByRole('button', { name: 'Story', exact: true }).click()
    const chip = page.locator('.quote-block-label').first()
    await chip.waitFor({ timeout: 30_000 })
    expect(await chip.textContent()).toBe(
      'Dana Reyes: The council will publish the review in full.',
    )
    await shot(page, '1d-draft-quote-chip')
  })

  it('turns selected words into a quote with the “Quote” button, names the speaker, publishes, and a reader reads it attributed', async () => {
    await asEditor('POST', '/api/sources', {
      kind: 'official',
      description: 'the council’s chief engineer',
      name: 'Lee Park',
      role: 'Chief engineer',
    })
    const draft = (
      await asEditor('POST', '/api/articles?draft=true', {
        title: 'The station will be rebuilt',
        body: lexicalParagraphs(
          'The engineer said: “We will rebuild the station by spring.” Then she left.',
        ),
        _status: 'draft',
      })
    ).doc
    await page.goto(`${app.baseURL}/admin/collections/articles/${draft.id}`)
    await page.getByRole('button', { name: 'Story', exact: true }).click()
    const paragraph = await selectQuotedWords(page)
    await page
      .locator('.fixed-toolbar [data-button-key="insertQuote"], [data-button-key="insertQuote"]')
      .first()
      .click()
    const chip = page.locator('.quote-block-label').first()
    await eventually(
      async () => chip.textContent().catch(() => ''),
      (text) => text === '⚠ No speaker yet: We will rebuild the station by spring.',
    )
    // Flagged until someone is named: the publish gate would refuse it.
    expect(await chip.getAttribute('class')).toContain('quote-block-label--problem')
    expect(await paragraph.innerText()).toMatch(
      /^The engineer said: “\s*⚠ No speaker yet: We will rebuild the station by spring\.\s*” Then she left\.$/,
    )
    await shot(page, '1e-quote-from-selection')

    await page.locator('.LexicalEditorTheme__inlineBlock__editButton').first().click()
    // The picker titles the quote by its speaker (none yet) and words.
    await page
      .getByRole('button', {
        name: 'Edit No speaker yet: “We will rebuild the station by spring.”',
      })
      .click()
    await page.locator('#field-speaker .rs__control').last().click()
    await page
      .getByRole('option', { name: 'the council’s chief engineer', exact: true })
      .first()
      .click()
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await page.getByText('Updated successfully').first().waitFor()
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: 'Save changes' }).click()
    await eventually(
      async () => chip.textContent().catch(() => ''),
      (text) => text === 'Lee Park: We will rebuild the station by spring.',
    )
    await page.click('#action-save')

    const slug = draft.slug
    const served = await eventually(
      async () => (await fetch(`${app.baseURL}/api/articles/slug/${slug}`)).json(),
      (doc: any) => doc.quotes?.length === 1,
    )
    expect(served.quotes[0]).toMatchObject({
      text: 'We will rebuild the station by spring.',
      kind: 'verbatim',
    })
    expect(served.sources).toEqual([
      expect.objectContaining({ id: served.quotes[0].speaker, name: 'Lee Park' }),
    ])
    expect(served.bodyHtml).toContain('The engineer said: “<q class="quote"')
    const reader = await browser.newPage()
    await reader.goto(`${app.baseURL}/stories/${slug}`)
    expect(await reader.locator('.story-body q').textContent()).toBe(
      'We will rebuild the station by spring.',
    )
    expect(await reader.locator('.sources').textContent()).toContain('Lee Park')
    await reader.close()
  })

  it('names a new speaker from the quote’s own form, no third drawer: every field typed into arrives', async () => {
    const draft = (
      await asEditor('POST', '/api/articles?draft=true', {
        title: 'The mayor spoke',
        body: lexicalParagraphs('The mayor said: “We will reopen the square.” Then she left.'),
        _status: 'draft',
      })
    ).doc
    await page.goto(`${app.baseURL}/admin/collections/articles/${draft.id}`)
    await page.getByRole('button', { name: 'Story', exact: true }).click()
    await selectQuotedWords(page)
    await page.locator('[data-button-key="insertQuote"]').first().click()
    const chip = page.locator('.quote-block-label').first()
    await eventually(
      async () => chip.textContent().catch(() => ''),
      (text) => text === '⚠ No speaker yet: We will reopen the square.',
    )
    await page.locator('.LexicalEditorTheme__inlineBlock__editButton').first().click()
    await page
      .getByRole('button', { name: 'Edit No speaker yet: “We will reopen the square.”' })
      .click()
    await page.getByRole('button', { name: '+ Name a new speaker here' }).click()
    const form = page.locator('#new-speaker')
    await form.getByLabel('Kind').selectOption('official')
    await form
      .getByLabel('Description (as the story refers to them)')
      .fill('the mayor, at the council meeting')
    await form.getByLabel('Name (if the story names them)').fill('Ana Ortiz')
    await form.getByLabel('Title or role').fill('Mayor')
    // What was typed is still there, every field, before anything is sent.
    expect(await form.getByLabel('Description (as the story refers to them)').inputValue()).toBe(
      'the mayor, at the council meeting',
    )
    expect(await form.getByLabel('Name (if the story names them)').inputValue()).toBe('Ana Ortiz')
    expect(await form.getByLabel('Title or role').inputValue()).toBe('Mayor')
    expect(await form.getByLabel('Kind').inputValue()).toBe('official')
    await form.getByRole('button', { name: 'Create and use as speaker' }).click()
    await page.locator('#new-speaker').waitFor({ state: 'detached' })
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await page.getByText('Updated successfully').first().waitFor()
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: 'Save changes' }).click()
    await eventually(
      async () => chip.textContent().catch(() => ''),
      (text) => text === 'Ana Ortiz: We will reopen the square.',
    )
    const sources = (
      await asEditor(
        'GET',
        `/api/sources?where[name][equals]=${encodeURIComponent('Ana Ortiz')}`,
        undefined,
      )
    ).docs
    expect(sources).toEqual([
      expect.objectContaining({
        kind: 'official',
        description: 'the mayor, at the council meeting',
        role: 'Mayor',
      }),
    ])
    // The quote made from the story's words names the story at once (not "<No Article>" until it is published).
    const quotes = (
      await asEditor(
        'GET',
        `/api/quotes?where[text][equals]=${encodeURIComponent('We will reopen the square.')}&depth=0`,
        undefined,
      )
    ).docs
    expect(quotes.map((quote: { article: unknown }) => quote.article)).toEqual([draft.id])
  })

  it('keeps no empty chip when the quote drawer is closed without choosing', async () => {
    const [published] = (
      await (
        await fetch(
          `${app.baseURL}/api/articles?where[title][equals]=${encodeURIComponent('The station will be rebuilt')}&depth=0`,
        )
      ).json()
    ).docs
    await page.goto(`${app.baseURL}/admin/collections/articles/${published.id}`)
    await page.getByRole('button', { name: 'Story', exact: true }).click()
    const paragraph = page.locator('.ContentEditable__root p').first()
    await paragraph.click()
    await page.keyboard.press('End')
    // Nothing selected: the button opens the drawer to pick a quote; the editor leaves it.
    await page.locator('[data-button-key="insertQuote"]').first().click()
    await page.getByRole('heading', { name: 'Edit Quote' }).waitFor()
    await page.keyboard.press('Escape')
    // The empty chip stays while the editor works (autosaves keep it)…
    await eventually(
      async () => page.locator('.quote-block-label').count(),
      (count) => count === 2,
    )
    await page.waitForTimeout(3_000) // an autosave's answer must not take it away
    expect(await page.locator('.quote-block-label').count()).toBe(2)
    // …and a save the editor chooses drops it.
    await page.click('#action-save')
    await eventually(
      async () => (await fetch(`${app.baseURL}/api/articles/${published.id}?depth=0`)).json(),
      (doc: any) => doc.updatedAt !== published.updatedAt,
    )
    const saved = await (await fetch(`${app.baseURL}/api/articles/${published.id}?depth=0`)).json()
    const chips = JSON.stringify(saved.body).match(/"blockType":"quote"/g) ?? []
    expect(chips).toHaveLength(1)
  })

  it('adds an update note to the developing story; the delivery endpoint shows it', async () => {
    await page.goto(`${app.baseURL}/admin/collections/articles/${articleId}`)
    await page.getByRole('button', { name: 'Updates and corrections' }).click()
    await page.getByRole('button', { name: /Add Entry/i }).click()
    await page.fill('#field-updateLog__0__text', 'Investigators confirmed the review is ongoing.')
    await shot(page, '2a-update-note')
    await page.click('#action-save')
    const served = await eventually(story, (s) =>
      s.updateLog?.some((e: any) => e.text === 'Investigators confirmed the review is ongoing.'),
    )
    expect(served.updateLog).toEqual([
      expect.objectContaining({
        type: 'update',
        text: 'Investigators confirmed the review is ongoing.',
        date: expect.any(String),
      }),
    ])
    expect(served.storyStatus).toBe('developing')
    await shot(page, '2b-update-published')
  })

  it('sees the published entry read-only, with why (only an admin may change it)', async () => {
    await page.goto(`${app.baseURL}/admin/collections/articles/${articleId}`)
    // The admin remembers the tab last open, so wait for the tabs rather than the Story tab's fields.
    await page.getByRole('button', { name: 'Updates and corrections' }).click()
    const text = page.locator('#field-updateLog__0__text')
    await text.waitFor({ state: 'attached' })
    expect(await text.inputValue()).toBe('Investigators confirmed the review is ongoing.')
    expect(await text.isEditable()).toBe(false)
    expect(await page.locator('.published-log-entry-note').first().textContent()).toMatch(
      /permanent/,
    )
    await shot(page, '2c-published-entry-read-only')
    // That an admin may still change it (recorded under “Changes to published entries”) is tested over REST (standards.updateLog).
  })
})

describe('the source form', () => {
  it('starts with the kind, shows no empty “quoted in” lists on a new source, and asks footage who filmed it, the rights and how it was verified', async () => {
    const page = await logIn('editor')
    await page.goto(`${app.baseURL}/admin/collections/sources/create`)
    await page.waitForSelector('#field-kind')
    const firstField = await page
      .locator('.render-fields .field-type')
      .first()
      .getAttribute('class')
    expect(firstField).toMatch(/select/)
    expect(await page.locator('#field-description').count()).toBe(1)
    expect(await page.getByText('Articles quoting this source').count()).toBe(0)
    expect(await page.getByText('Quoted in', { exact: true }).count()).toBe(0)
    await page.locator('#field-kind .rs__control').click()
    await page.getByRole('option', { name: 'Footage or recording', exact: true }).click()
    for (const field of [
      'howObtained',
      'verificationStatus',
      'verificationMethod',
      'rights',
      'filmedBy',
      'originalUrl',
      'verifiedBy',
    ]) {
      await page.locator(`#field-provenance__${field}`).first().waitFor()
    }
    await shot(page, '3c-footage-source-form')
    await page.close()
  })
})

describe('the publish gate in the admin', () => {
  it('explains in plain words why a story cannot be published yet', async () => {
    const page = await logIn('editor')
    await page.goto(`${app.baseURL}/admin/collections/articles/create`)
    await page.fill('#field-title', 'A story with no body yet')
    await page.waitForTimeout(2_500) // autosave creates the draft
    await page.click('#action-save')
    await page.waitForSelector('text=/The body is empty/')
    await shot(page, '2c-publish-gate')
    expect(await page.content()).not.toMatch(/at \w+ \(\/|stack/i)
    const res = await fetch(
      `${app.baseURL}/api/articles?where[title][equals]=${encodeURIComponent('A story with no body yet')}`,
    )
    expect((await res.json()).docs).toEqual([])
  })
})

describe('a moderator', () => {
  it('finds a reader’s comment in the pending queue, approves it, and it appears publicly', async () => {
    const submitted = await fetch(`${app.baseURL}/api/comments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        article: articleId,
        authorName: 'A reader',
        authorEmail: 'reader@e2e.test',
        body: 'Thank you for showing the whole clip.',
      }),
    })
    expect(submitted.status).toBe(201)
    const { doc } = await submitted.json()

    const page = await logIn('moderator')
    // The dashboard says how many comments wait.
    await page.waitForSelector('#moderation-waiting')
    expect(await page.locator('#moderation-waiting').textContent()).toMatch(
      /Comments waiting for moderation \(1\)/,
    )
    // The nav may be collapsed (inert) at this width: follow the link the moderator sees.
    const queue = page.locator('#nav-moderation-queue')
    expect(await queue.textContent()).toMatch(/Moderation queue \(1 pending\)/)
    await page.goto(`${app.baseURL}${await queue.getAttribute('href')}`)
    await page.waitForSelector('text=Thank you for showing the whole clip.')
    await shot(page, '3a-pending-queue')
    await page.click('text=Thank you for showing the whole clip.')
    await page.waitForSelector('#field-status')
    await page.click('#field-status')
    await page.getByRole('option', { name: 'Approved' }).click()
    await page.click('#action-save')
    const visible = await eventually(
      async () =>
        (
          await (
            await fetch(`${app.baseURL}/api/comments?where[article][equals]=${articleId}`)
          ).json()
        ).docs,
      (docs: any[]) => docs.some((c) => c.id === doc.id),
    )
    expect(visible.map((c: any) => c.id)).toContain(doc.id)
    await shot(page, '3b-approved')
  })

  it('clears the queue row by row (Approve, Reject, Spam), sees why a comment waits, and cannot rewrite what the reader wrote', async () => {
    const submit = async (authorEmail: string, body: string) => {
      const res = await fetch(`${app.baseURL}/api/comments`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-forwarded-for': `198.51.100.${authorEmail.length}`,
        },
        body: JSON.stringify({ article: articleId, authorName: 'Queue reader', authorEmail, body }),
      })
      expect(res.status).toBe(201)
      return (await res.json()).doc.id as number
    }
    const plain = await submit('plain@e2e.test', 'A plain comment for the queue.')
    const linky = await submit(
      'linky-reader@e2e.test',
      'Links: https://a.example https://b.example https://c.example',
    )
    const page = await logIn('moderator')
    await page.goto(`${app.baseURL}/admin/collections/comments?where[status][equals]=pending`)
    const row = page.locator('tr', { hasText: 'A plain comment for the queue.' })
    await row.getByRole('button', { name: 'Approve', exact: true }).click()
    const approved = await eventually(
      async () =>
        (
          await (
            await fetch(`${app.baseURL}/api/comments?where[article][equals]=${articleId}&limit=100`)
          ).json()
        ).docs,
      (docs: any[]) => docs.some((c) => c.id === plain),
    )
    expect(approved.map((c: any) => c.id)).toContain(plain)
    await shot(page, '3b2-row-actions')

    await page.goto(`${app.baseURL}/admin/collections/comments/${linky}`)
    await page.waitForSelector('#field-heldBecause')
    expect(await page.inputValue('#field-heldBecause')).toBe('Held: 3 links (more than 2).')
    expect(await page.locator('#field-body').isEditable()).toBe(false)
    expect(await page.locator('#field-authorName').isEditable()).toBe(false)
    await page.getByRole('button', { name: 'Spam', exact: true }).click()
    const token = (
      await (
        await fetch(`${app.baseURL}/api/users/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(LOGINS.moderator),
        })
      ).json()
    ).token
    const marked = await eventually(
      async () =>
        (
          await (
            await fetch(`${app.baseURL}/api/comments/${linky}`, {
              headers: { authorization: `JWT ${token}` },
            })
          ).json()
        ).status,
      (status) => status === 'spam',
    )
    expect(marked).toBe('spam')
    await shot(page, '3b3-document-actions')
    await page.close()
  })

  it('cannot open user management', async () => {
    const page = await logIn('moderator')
    expect(await page.locator('nav').getByText('Users', { exact: true }).count()).toBe(0)
    await page.goto(`${app.baseURL}/admin/collections/users`)
    await page.waitForLoadState('networkidle')
    await shot(page, '3c-no-user-management')
    expect(await page.content()).not.toContain(LOGINS.editor.email)
  })
})

describe('the admin leaks nothing to third parties', () => {
  it('asks no host but the app for anything, from the login page to a story (no Gravatar)', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } })
    const elsewhere: string[] = []
    context.on('request', (request) => {
      const url = new URL(request.url())
      if (['blob:', 'data:'].includes(url.protocol)) {
        return
      }
      if (url.origin !== new URL(app.baseURL).origin) {
        elsewhere.push(request.url())
      }
    })
    const page = await context.newPage()
    await page.goto(`${app.baseURL}/admin/login`)
    await page.fill('#field-email', LOGINS.editor.email)
    await page.fill('#field-password', LOGINS.editor.password)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 60_000 })
    for (const path of [
      '/admin',
      '/admin/collections/articles',
      `/admin/collections/articles/${articleId}`,
      '/admin/collections/sources',
      '/admin/collections/comments',
      '/admin/account',
    ]) {
      await page.goto(`${app.baseURL}${path}`)
      await page.waitForLoadState('networkidle')
    }
    // The account menu shows the built-in avatar, not a picture from elsewhere.
    expect(await page.locator('img[src*="gravatar"]').count()).toBe(0)
    await context.close()
    expect(elsewhere).toEqual([])
  })
})

describe('a quote changed after its story ran', () => {
  it('tells the editor on the quote which published story still shows the earlier words, and republishes it from there with a log entry', async () => {
    const source = (
      await asEditor('POST', '/api/sources', {
        kind: 'official',
        description: 'the harbour master',
        name: 'Ines Duarte',
      })
    ).doc
    const quote = (
      await asEditor('POST', '/api/quotes', {
        text: 'The harbour reopens on Monday.',
        kind: 'verbatim',
        speaker: source.id,
      })
    ).doc
    const story = (
      await asEditor('POST', '/api/articles', {
        title: 'Harbour to reopen',
        body: bodyQuoting(quote.id, 'The harbour master said: “'),
        _status: 'published',
      })
    ).doc
    expect(story.slug).toBeTruthy()
    // The words change after publication: readers keep the published ones.
    expect(
      (
        await asEditor('PATCH', `/api/quotes/${quote.id}`, {
          text: 'The harbour reopens on Tuesday.',
        })
      ).doc.text,
    ).toBe('The harbour reopens on Tuesday.')
    const storyNow = async () =>
      (await fetch(`${app.baseURL}/api/articles/slug/${story.slug}`)).json()
    expect((await storyNow()).bodyHtml).toContain('on Monday.')

    const page = await logIn('editor')
    await page.goto(`${app.baseURL}/admin/collections/quotes/${quote.id}`)
    const notice = page.getByRole('region', { name: 'Stories awaiting a republish' })
    await notice.waitFor({ timeout: 30_000 })
    expect(await notice.innerText()).toContain(
      '1 published story shows the earlier words; readers see them until a story is republished.',
    )
    expect(await notice.getByRole('link', { name: 'Harbour to reopen' }).getAttribute('href')).toBe(
      `/admin/collections/articles/${story.id}`,
    )
    await shot(page, '6a-quote-awaiting-republish')
    await notice.getByRole('button', { name: 'Republish…' }).click()
    await notice.getByLabel('Log entry').selectOption('correction')
    await notice
      .getByLabel('What changed, as readers will read it')
      .fill('The harbour reopens on Tuesday, not Monday.')
    await notice.getByRole('button', { name: 'Republish', exact: true }).click()
    await notice
      .getByRole('status')
      .filter({ hasText: 'Harbour to reopen' })
      .waitFor({ timeout: 30_000 })
    const republished = await eventually(storyNow, (doc) => doc.edition === 2)
    expect(republished.bodyHtml).toContain('on Tuesday.')
    expect(republished.updateLog.at(-1)).toMatchObject({
      type: 'correction',
      text: 'The harbour reopens on Tuesday, not Monday.',
    })
    // Nothing waits any more: the list is gone after the next look.
    await page.reload()
    await eventually(
      () => page.getByText('published story shows the earlier words').count(),
      (count) => count === 0,
    )
    await page.context().close()
  })
})

describe('logging in', () => {
  it('shows one error for every failed sign-in, and stops a browser that keeps failing without locking the account (issue 27: 6)', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } })
    const page = await context.newPage()
    await page.goto(`${app.baseURL}/admin/login`)
    const attempt = async (password: string) => {
      await page.fill('#field-email', LOGINS.admin.email)
      await page.fill('#field-password', password)
      await page.click('button[type="submit"]')
    }
    await attempt('not the password')
    await page.waitForSelector('text=/email or password provided is incorrect/i')
    await shot(page, '4a-wrong-password')
    for (let i = 0; i < 9; i++) {
      await page.waitForTimeout(300)
      await attempt(`wrong ${i}`)
    }
    await page.waitForTimeout(1_000)
    await attempt(LOGINS.admin.password)
    await page.waitForSelector('text=/too many failed sign-ins/i')
    await shot(page, '4b-too-many-failures')
    // The account itself is not locked: its owner, from another network, signs in.
    const api = await fetch(`${app.baseURL}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.9' },
      body: JSON.stringify(LOGINS.admin),
    })
    expect(api.status).toBe(200)
  })
})
