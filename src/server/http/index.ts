import helmet from 'helmet'
import {
  serveCachedStory,
  serveSearch,
  serveStoryEvents,
  type StoryFetcher,
} from 'newsroom-payload/fast-path'
/** The HTTP server in front of express: security headers, CORS, oversized bodies refused unread, writes sent to the writer process, event streams, searches and cached stories answered without Next, reader pages kept; the rest to express. */
import http from 'node:http'

import type { Writer } from '../processes/writerProcess'

import { corsHeadersFor, corsPolicy } from './cors'
import { answerRetractedStoryPagesGone, keepRenderedPage } from './pageCache'
import { answerWithPageStatus } from './pageStatus'
import { bodyLimits } from './requestLimits'

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void

export type FrontChainOptions = {
  dev: boolean
  /** This server's own port: the event streams read the public story from its delivery endpoint. */
  port: number
  /** CORS_ORIGINS plus SERVER_URL (env.allowedOrigins). */
  allowedOrigins: string[]
  /** Payload's secret: a request over the anonymous body limit must carry a login it signed. */
  payloadSecret: string
  /** The reader's address as express works it out (the same TRUST_PROXY), for the per-client cap. */
  clientAddress: (req: http.IncomingMessage) => string
  /** Open event streams one client address may hold (env.eventStreamsPerClient, as the plugin's setting). */
  eventStreamsPerClient: number
  /** The writer process, while there is one (WRITER_PROCESS=true). */
  writer: () => undefined | Writer
}

/** The event streams read the public story from this server's own delivery endpoint. */
const storyFetcher =
  (port: number): StoryFetcher =>
  async (storyPath) => {
    const story = await fetch(`http://127.0.0.1:${port}${storyPath}`, {
      headers: { accept: 'application/json' },
    })
    if (story.status === 404) {
      return null
    }
    // 410: a retracted story, whose document (the notice, no text) is what its readers now get.
    if (!story.ok && story.status !== 410) {
      throw new Error(`${storyPath} answered ${story.status}`)
    }
    return { etag: story.headers.get('etag') ?? '', document: await story.json() }
  }

type Middleware = (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void

/** The headers a middleware that sets the same headers on every answer (helmet) sets, as a flat list. */
const headersSetBy = (middleware: Middleware): readonly string[] => {
  const headers: string[] = []
  const recorder = {
    setHeader: (name: string, value: number | string | string[]) => {
      headers.push(name, Array.isArray(value) ? value.join(', ') : String(value))
    },
    removeHeader: () => undefined,
    getHeader: () => undefined,
  }
  middleware({ headers: {} } as http.IncomingMessage, recorder as never, () => undefined)
  return headers
}

/**
 * In front of express: security headers on every response, oversized bodies refused unread, then
 * the story's hot path (a cached story answered from memory without entering express, Next or
 * Payload). Everything else, and a cache miss, goes to the express app.
 */
export const frontServer = (app: Handler, options: FrontChainOptions): http.Server => {
  const securityHeaders = helmet({
    // Next's admin UI relies on inline scripts and styles; the other protections stay on.
    contentSecurityPolicy: false,
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: !options.dev,
    // Not helmet's `no-referrer`: with it browsers send `Origin: null` on a form post, and Next
    // refuses the reader site's forms (server actions check the origin). Other sites still get no path.
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  })
  const answerCors = corsPolicy(options.allowedOrigins)
  const refuseOversizedBody = bodyLimits(options.payloadSecret)
  const eventStreams = {
    fetchStory: storyFetcher(options.port),
    clientAddress: options.clientAddress,
    maxPerAddress: options.eventStreamsPerClient,
  }

  const route: Handler = (req, res) => {
    const refused = refuseOversizedBody(req, res)
    if (refused === true) {
      return
    }
    if (refused) {
      return void refused.then(
        (answered) => answered || serve(req, res),
        () => serve(req, res),
      )
    }
    serve(req, res)
  }
  const serve: Handler = (req, res) => {
    if (options.writer()?.forward(req, res, eventStreams.clientAddress(req))) {
      return
    }
    if (serveStoryEvents(req, res, eventStreams)) {
      return
    }
    const render = () => {
      keepRenderedPage(req, res)
      answerRetractedStoryPagesGone(req, res)
      answerWithPageStatus(req, res)
      app(req, res)
    }
    // Search, answered here once Payload has started: Next's and Payload's routing cost more than it.
    const searched = serveSearch(req, res)
    if (searched) {
      return void searched.then(
        (done) => done || render(),
        () => render(),
      )
    }
    const served = serveCachedStory(req, res)
    if (served === true) {
      return
    }
    if (served === false) {
      return render()
    }
    served.then(
      (done) => done || render(),
      () => render(),
    )
  }
  // A cached answer (nearly all readers' traffic) is written in one go, before the middleware above:
  // helmet's headers worked out once, CORS by a set lookup, no header set one by one and no closure
  // per request. The same headers as the long way (tests/integration/app.server.test.ts compares them).
  const security = headersSetBy(securityHeaders)
  const corsHeaders = corsHeadersFor(options.allowedOrigins)
  const varyOnOrigin = options.allowedOrigins.length ? 'Origin' : undefined
  const answerCachedHit = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const cors = corsHeaders(req)
    return (
      serveCachedStory(req, res, {
        headers: cors.length ? [...security, ...cors] : security,
        vary: varyOnOrigin,
        hitsOnly: true,
      }) === true
    )
  }
  const server = http.createServer((req, res) => {
    if (answerCachedHit(req, res)) {
      return
    }
    securityHeaders(req, res, () => answerCors(req, res) || route(req, res))
  })
  // Idle keep-alive connections outlive clients' and proxies' own (undici 4 s, load balancers 60 s),
  // so the server never closes a connection just as a request goes out on it.
  server.keepAliveTimeout = 65_000
  server.headersTimeout = 66_000
  return server
}
