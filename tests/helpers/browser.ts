import { type Browser, chromium, type Page } from 'playwright-core'

/** Debian's Chromium, headless, as every browser test runs it. */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  })

/** Logs in to the admin in a context of its own, as a person would, and returns the page. */
export const logInToAdmin = async (
  browser: Browser,
  baseURL: string,
  login: { email: string; password: string },
  { timezoneId }: { timezoneId?: string } = {},
): Promise<Page> => {
  const context = await browser.newContext({
    viewport: { width: 1400, height: 1000 },
    ...(timezoneId ? { timezoneId } : {}),
  })
  const page = await context.newPage()
  // Under load the form can be clicked before React has hydrated it (a plain form submission, no
  // login request): wait for the page to settle, and try again if the click sent nothing.
  for (let attempt = 1; ; attempt++) {
    await page.goto(`${baseURL}/admin/login`, { waitUntil: 'networkidle' })
    await page.fill('#field-email', login.email)
    await page.fill('#field-password', login.password)
    const answered = page
      .waitForResponse(
        (response) =>
          response.url().includes('/api/users/login') && response.request().method() === 'POST',
        { timeout: 20_000 },
      )
      .catch(() => undefined)
    await page.click('button[type="submit"]')
    const response = await answered
    if (response) {
      // A refused login says why here, not as a navigation timeout a minute later.
      if (response.status() !== 200) {
        throw new Error(
          `Admin login as ${login.email} answered ${response.status()}: ${await response.text()}`,
        )
      }
      break
    }
    if (attempt === 3) {
      throw new Error(
        `Admin login as ${login.email}: the form sent no login request in three tries`,
      )
    }
  }
  // The admin moves on by itself; on a busy machine its client-side navigation can lag, and the cookie is set already.
  await page
    .waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 30_000 })
    .catch(() => page.goto(`${baseURL}/admin`))
  if (new URL(page.url()).pathname.endsWith('/login')) {
    throw new Error(`Admin login as ${login.email} stayed on the login page`)
  }
  return page
}

/**
 * Clicks the document's Publish button and waits for the publish request's answer. Under load a
 * click landing while a drawer closes sent nothing (the story never published, found 30 s later):
 * a click that sends no publish within 20 s is made again, up to three times; a refused publish
 * throws with the server's answer (a gate's refusal names the field), instead of a timeout later.
 */
export const publishInAdmin = async (page: Page) => {
  await page.waitForFunction(
    () => !document.querySelector('.payload__modal-container--enterDone'),
    undefined,
    { timeout: 10_000 },
  )
  for (let attempt = 1; ; attempt++) {
    const answered = page
      .waitForResponse(
        (response) =>
          ['PATCH', 'POST'].includes(response.request().method()) &&
          response.url().includes('/api/') &&
          (response.request().postData() ?? '').includes('"_status":"published"'),
        { timeout: 20_000 },
      )
      .catch(() => undefined)
    await page.click('#action-save')
    const response = await answered
    if (response) {
      if (!response.ok()) {
        throw new Error(`Publishing answered ${response.status()}: ${await response.text()}`)
      }
      return
    }
    if (attempt === 3) {
      throw new Error('Publish: the button sent no publish request in three tries')
    }
  }
}

/** Polls until `check` passes (or the time is up, returning the last value): UIs and queues settle asynchronously. */
export const eventually = async <T>(
  read: () => Promise<T>,
  check: (value: T) => boolean,
  timeoutMs = 30_000,
): Promise<T> => {
  const deadline = Date.now() + timeoutMs
  let last: T
  do {
    last = await read()
    if (check(last)) {
      return last
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  } while (Date.now() < deadline)
  return last
}
