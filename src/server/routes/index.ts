/** The express app behind the front chain: who the client is, the origin a request was sent to, /healthz, and everything else to Next (admin, REST, GraphQL, the reader site). */
import type http from 'node:http'

import express from 'express'
import { withRequestOrigin } from 'newsroom-payload/fast-path'

type NextHandler = (req: http.IncomingMessage, res: http.ServerResponse) => unknown

/** `trustProxy`: express's `trust proxy` setting (env.trustProxy: loopback always, plus TRUST_PROXY). */
export const expressApp = (handleWithNext: NextHandler, trustProxy: boolean | number | string) => {
  const app = express()
  app.disable('x-powered-by')
  // Behind a reverse proxy set TRUST_PROXY (e.g. 1, or "loopback") so req.ip is the reader's address.
  app.set('trust proxy', trustProxy)
  // Payload only sees headers: tell it who the client is, overwriting whatever the client claimed.
  app.use((req, _res, next) => {
    req.headers['x-forwarded-for'] = req.ip ?? req.socket.remoteAddress ?? ''
    delete req.headers['x-real-ip']
    next()
  })
  // The origin this request was addressed to: the login cookie always works from the app's own pages.
  app.use((req, _res, next) =>
    withRequestOrigin(`${req.protocol}://${req.get('host') ?? ''}`, next),
  )
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) })
  })
  // No body parser here: Payload reads the raw request body itself.
  app.all('/{*path}', (req, res) => handleWithNext(req, res))
  return app
}
