/** The express app behind the front chain: who the client is, the origin a request was sent to, /healthz, and everything else to Next (admin, REST, GraphQL, the reader site). */
import type http from 'node:http'

import express from 'express'
import { withRequestOrigin } from 'newsroom-payload/fast-path'

type NextHandler = (req: http.IncomingMessage, res: http.ServerResponse) => unknown

/** The server's own processes, by name: `off` when it runs none, `starting` until one is up. */
export type ProcessStates = Record<string, string>

/**
 * /healthz: 200 while the server answers (liveness). `ready` is false while a process of its own is
 * still starting (the writer, the jobs runner: seconds of CPU each, in which writes are served but
 * slower); `/healthz?ready` answers 503 until then, for a load balancer's readiness check.
 */
const health =
  (processStates: () => ProcessStates): express.RequestHandler =>
  (req, res) => {
    const processes = processStates()
    const ready = !Object.values(processes).includes('starting')
    res.setHeader('Cache-Control', 'no-store')
    res.status(!ready && req.query.ready !== undefined ? 503 : 200).json({
      status: 'ok',
      ready,
      uptimeSeconds: Math.round(process.uptime()),
      processes,
    })
  }

/**
 * `trustProxy`: express's `trust proxy` setting (env.trustProxy: loopback always, plus TRUST_PROXY);
 * `processStates`: what /healthz says of the server's processes.
 */
export const expressApp = (
  handleWithNext: NextHandler,
  trustProxy: boolean | number | string,
  processStates: () => ProcessStates = () => ({}),
) => {
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
  app.get('/healthz', health(processStates))
  // No body parser here: Payload reads the raw request body itself.
  app.all('/{*path}', (req, res) => handleWithNext(req, res))
  return app
}
