import type { AddressInfo } from 'node:net'

import { SMTPServer } from 'smtp-server'

import { makeArticle } from '../helpers/fixtures'
import { ACCOUNTS, startNewsroom, type TestNewsroom } from '../helpers/newsroom'
import { readerComment } from '../helpers/readerComment'

/**
 * Forgot password: the reset link goes out through the app's SMTP transport while the database
 * stays free for others' writes, an unknown email is answered like a known one, and each client is
 * throttled. (Moved from databaseBusy.test.ts, on a newsroom of its own.)
 */
let newsroom: TestNewsroom
let articleId: number | string
/** A reader's comment on the story: a write that must go ahead while an email is on its way. */
const comment = () => readerComment(newsroom, articleId)

/**
 * The email transport is the app's own (SMTP_URL, Payload's nodemailer adapter) talking to a real SMTP
 * server on loopback that keeps what it is given; while `slowEmail` is set, it waits for the test to
 * let each message go (a slow SMTP server).
 */
const sent: Array<{ to: string; html: string }> = []
let slowEmail: { sending: () => void; goes: Promise<void> } | undefined
let smtp: SMTPServer
/** The message's text with quoted-printable undone (soft line breaks, =XX escapes). */
const unquoted = (raw: string) =>
  raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)))

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData: (stream, session, callback) => {
      let raw = ''
      stream.setEncoding('utf8')
      stream.on('data', (chunk: string) => (raw += chunk))
      stream.on('end', async () => {
        if (slowEmail) {
          slowEmail.sending()
          await slowEmail.goes
        }
        sent.push({
          to: session.envelope.rcptTo.map((recipient) => recipient.address).join(','),
          html: unquoted(raw),
        })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
  process.env.SMTP_URL = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`
  newsroom = await startNewsroom({ newsroom: { submissions: { floodSeconds: 0 } } })
  delete process.env.SMTP_URL
  articleId = (await makeArticle(newsroom.payload, { title: 'A busy story' })).id
})
afterAll(async () => {
  await newsroom?.close()
  await new Promise<void>((resolve) => smtp?.close(() => resolve()))
})

describe('forgot password (issue 27: 2)', () => {
  const forgot = (email: string, client: string) =>
    newsroom.api(
      'anonymous',
      'POST',
      '/api/users/forgot-password',
      { email },
      { 'x-forwarded-for': client },
    )

  it('sends the reset link through the configured SMTP server (SMTP_URL), holding no write lock while it goes out, and the link resets the password', async () => {
    let letGo = () => {}
    let sending = () => {}
    const emailSending = new Promise<void>((resolve) => (sending = resolve))
    slowEmail = { sending, goes: new Promise<void>((resolve) => (letGo = resolve)) }
    let answered = false
    const requesting = forgot(ACCOUNTS.reporter.email, '192.0.2.50').finally(
      () => (answered = true),
    )
    await Promise.race([emailSending, requesting])
    // While the email is on its way, others write as usual.
    expect((await comment()).status).toBe(201)
    expect(answered).toBe(false)
    letGo()
    slowEmail = undefined
    const res = await requesting
    expect(res.status).toBe(200)
    const email = sent.find((message) => message.to === ACCOUNTS.reporter.email)
    const token = String(email?.html).match(/reset\/([0-9a-f]{40})/)?.[1]
    expect(token).toBeDefined()
    const reset = await newsroom.api('anonymous', 'POST', '/api/users/reset-password', {
      token,
      password: 'a brand new password',
    })
    expect(reset.status).toBe(200)
    expect(
      (
        await newsroom.api('anonymous', 'POST', '/api/users/login', {
          email: ACCOUNTS.reporter.email,
          password: 'a brand new password',
        })
      ).status,
    ).toBe(200)
  })

  it('answers an unknown email like a known one, sends nothing, and never waits for the lock timeout', async () => {
    const before = sent.length
    const started = Date.now()
    const res = await forgot('anyone@example.com', '192.0.2.51')
    expect(Date.now() - started).toBeLessThan(2_000)
    expect(res.status).toBe(200)
    expect(sent).toHaveLength(before)
  })

  it('is throttled per client: the sixth request within the window is a 429, other clients go on', async () => {
    const statuses: number[] = []
    for (let request = 0; request < 6; request++) {
      statuses.push((await forgot(`someone-${request}@example.com`, '192.0.2.52')).status)
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429])
    expect((await forgot('someone@example.com', '192.0.2.53')).status).toBe(200)
  })
})
