import type { AddressInfo } from 'node:net'

import http from 'node:http'
import { Webhook } from 'standardwebhooks'

/** One request as a receiver got it. */
export type Received = {
  headers: http.IncomingHttpHeaders
  body: string
  json: any
  answeredWith: number
}

/**
 * A real HTTP server that receives webhooks, as a frontend's would: it records every request and
 * answers with what `answer` says (a status, or `'hang'` to never answer), by default 204.
 */
export const startWebhookReceiver = async () => {
  const received: Received[] = []
  let answer: (request: Received, index: number) => 'hang' | number = () => 204
  const waiters: (() => void)[] = []
  const hanging: http.ServerResponse[] = []
  const server = http.createServer((req, res) => {
    let body = ''
    req.setEncoding('utf8')
    req.on('data', (chunk: string) => (body += chunk))
    req.on('end', () => {
      const entry: Received = { headers: req.headers, body, json: safeJson(body), answeredWith: 0 }
      const decided = answer(entry, received.length)
      entry.answeredWith = decided === 'hang' ? 0 : decided
      received.push(entry)
      for (const wake of waiters.splice(0)) {
        wake()
      }
      if (decided === 'hang') {
        hanging.push(res)
      } else {
        res
          .writeHead(decided, { 'content-type': 'text/plain' })
          .end(decided < 300 ? '' : `refused ${decided}`)
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    port,
    received,
    answerWith: (decide: typeof answer) => (answer = decide),
    /** Resolves once `count` requests have arrived (or rejects after `ms`). */
    waitFor: async (count: number, ms = 20_000) => {
      const deadline = Date.now() + ms
      while (received.length < count) {
        if (Date.now() > deadline) {
          throw new Error(`expected ${count} webhook requests, got ${received.length}`)
        }
        await new Promise<void>((resolve) => {
          waiters.push(resolve)
          setTimeout(resolve, 100)
        })
      }
      return received
    },
    /** Resolves with the first request (received or to come) that matches. */
    waitForMatch: async (matches: (request: Received) => boolean, ms = 20_000) => {
      const deadline = Date.now() + ms
      for (;;) {
        const found = received.find(matches)
        if (found) {
          return found
        }
        if (Date.now() > deadline) {
          throw new Error(
            `no matching webhook request within ${ms} ms (got ${received.length} others)`,
          )
        }
        await new Promise<void>((resolve) => {
          waiters.push(resolve)
          setTimeout(resolve, 100)
        })
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) {
          res.destroy()
        }
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

const safeJson = (text: string) => {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** Verifies a received request exactly as a receiver would, with the standardwebhooks library. */
export const verifySignature = (secret: string, request: Received) =>
  new Webhook(secret).verify(request.body, {
    'webhook-id': String(request.headers['webhook-id']),
    'webhook-timestamp': String(request.headers['webhook-timestamp']),
    'webhook-signature': String(request.headers['webhook-signature']),
  })
