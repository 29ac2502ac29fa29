import { chromium, type Browser, type Page } from 'playwright-core'

/** Debian's Chromium, headless, as every browser test runs it. */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  })

/** Logs in to the admin in a context of its own, as a person would, and returns the page. */
export const logInToAdmin = async (browser: Browser, baseURL: string, login: { email: string; password: string }, { timezoneId }: { timezoneId?: string } = {}): Promise<Page> => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, ...(timezoneId ? { timezoneId } : {}) })
  const page = await context.newPage()
  await page.goto(`${baseURL}/admin/login`)
  await page.fill('#field-email', login.email)
  await page.fill('#field-password', login.password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 60_000 })
  return page
}

/** Polls until `check` passes (or the time is up, returning the last value): UIs and queues settle asynchronously. */
export const eventually = async <T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 30_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs
  let last: T
  do {
    last = await read()
    if (check(last)) return last
    await new Promise((resolve) => setTimeout(resolve, 200))
  } while (Date.now() < deadline)
  return last
}
