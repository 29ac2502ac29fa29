import http from 'node:http'

import {
  answerWithPageStatus,
  markPageStatus,
  PAGE_STATUS_HEADER,
} from '../../src/server/http/pageStatus'

/**
 * A reader page's status other than 200 (src/server/http/pageStatus.ts): the page marks it under the
 * key the front server gave its request, and the head goes out with it, however the renderer sends
 * it (writeHead, or statusCode then write); only the pages that may, and only 4xx.
 */
type Render = (req: http.IncomingMessage, res: http.ServerResponse) => void

let server: http.Server
let render: Render
let base: string
const pending = () =>
  (globalThis as unknown as Record<symbol, Map<string, number>>)[
    Symbol.for('newsroom.pageStatuses')
  ]

beforeAll(async () => {
  server = http.createServer((req, res) => {
    answerWithPageStatus(req, res)
    render(req, res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`
})
afterAll(() => new Promise((resolve) => server.close(resolve)))

/** A page that marks `status`, then answers 200 as Next would, by writeHead or by statusCode. */
const pageMarking =
  (status: number, how: 'statusCode' | 'writeHead'): Render =>
  (req, res) => {
    markPageStatus(req.headers[PAGE_STATUS_HEADER] as string | undefined, status)
    if (how === 'writeHead') {
      res.writeHead(200, { 'content-type': 'text/html' })
    } else {
      res.statusCode = 200
      res.setHeader('content-type', 'text/html')
    }
    res.write('<p>The API said no.</p>')
    res.end()
  }

describe('a page’s own status', () => {
  it.each(['writeHead', 'statusCode'] as const)(
    'is the head’s on /search, the page unchanged (%s)',
    async (how) => {
      render = pageMarking(400, how)
      const res = await fetch(`${base}/search?q=${'x'.repeat(300)}`)
      expect(res.status).toBe(400)
      expect(await res.text()).toBe('<p>The API said no.</p>')
      // Forgotten once answered.
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect(pending().size).toBe(0)
    },
  )

  it('is 200 when the page marks nothing, and on any other page whatever it marks', async () => {
    render = (_req, res) => res.end('ok')
    expect((await fetch(`${base}/search?q=bread`)).status).toBe(200)
    render = pageMarking(400, 'writeHead')
    expect((await fetch(`${base}/stories/bread`)).status).toBe(200)
    expect((await fetch(`${base}/searching`)).status).toBe(200)
  })

  it('never comes from a client’s own key, nor is anything but a 4xx', async () => {
    render = pageMarking(400, 'writeHead')
    expect(
      (await fetch(`${base}/stories/bread`, { headers: { [PAGE_STATUS_HEADER]: 'mine' } })).status,
    ).toBe(200)
    render = (req, res) => {
      expect(req.headers[PAGE_STATUS_HEADER]).not.toBe('mine')
      pageMarking(400, 'writeHead')(req, res)
    }
    expect(
      (await fetch(`${base}/search?q=a`, { headers: { [PAGE_STATUS_HEADER]: 'mine' } })).status,
    ).toBe(400)
    render = pageMarking(302, 'writeHead')
    expect((await fetch(`${base}/search?q=a`, { redirect: 'manual' })).status).toBe(200)
    render = pageMarking(503, 'statusCode')
    expect((await fetch(`${base}/search?q=a`)).status).toBe(200)
  })

  it('leaves a renderer’s own error as it is', async () => {
    render = (req, res) => {
      markPageStatus(req.headers[PAGE_STATUS_HEADER] as string, 400)
      res.writeHead(500)
      res.end('broken')
    }
    expect((await fetch(`${base}/search?q=a`)).status).toBe(500)
  })
})
