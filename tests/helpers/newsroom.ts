import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'

import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { getPayload } from 'payload'

import type { Role } from '../../src/plugin/options'

import { graphQLPost, restRoutes } from '../../src/plugin/guards'
import { type AppConfigOptions, createAppConfig } from '../../src/server/config'
import { freshDatabaseUri } from './databases'

export const PASSWORD = 'correct horse battery staple'

export type Account = { email: string; password: string; roles: Role[] }
export const ACCOUNTS = {
  admin: { email: 'admin@test.newsroom', password: PASSWORD, roles: ['admin'] },
  editor: { email: 'editor@test.newsroom', password: PASSWORD, roles: ['editor'] },
  moderator: { email: 'moderator@test.newsroom', password: PASSWORD, roles: ['moderator'] },
  reporter: { email: 'reporter@test.newsroom', password: PASSWORD, roles: ['reporter'] },
  legal: { email: 'legal@test.newsroom', password: PASSWORD, roles: ['legal'] },
} satisfies Record<string, Account>
export type AccountName = keyof typeof ACCOUNTS
export type Who = 'anonymous' | AccountName

export type ApiResponse<T = any> = { status: number; headers: Headers; body: T }

export type TestNewsroom = {
  payload: Payload
  baseURL: string
  databaseUri: string
  /** A REST (or GraphQL) call over real HTTP, as `who`. */
  api: <T = any>(
    who: Who,
    method: string,
    pathname: string,
    body?: unknown,
    headers?: Record<string, string>,
  ) => Promise<ApiResponse<T>>
  graphql: <T = any>(
    who: Who,
    query: string,
    variables?: Record<string, unknown>,
  ) => Promise<ApiResponse<{ data?: T; errors?: any[] }>>
  userId: (who: AccountName) => number | string
  close: () => Promise<void>
}

let instances = 0

type RouteHandler = (
  request: Request,
  args: { params: Promise<{ slug: string[] }> },
) => Promise<Response>

/**
 * Serves Payload's own Next route handlers (the same ones src/app/(payload)/api uses) over a plain
 * Node HTTP server, so tests speak real HTTP to real Payload without compiling the admin UI.
 */
const serve = async (config: ReturnType<typeof createAppConfig>) => {
  const rest: Record<string, RouteHandler> = restRoutes(config)
  const graphql = graphQLPost(config)
  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost')
      const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
      // As the app's express server does: the client address arrives as X-Forwarded-For. Tests may
      // send their own to act as several clients.
      const headers = {
        'x-forwarded-for': req.socket.remoteAddress ?? '',
        ...(req.headers as Record<string, string>),
      }
      const request = new Request(url, {
        method: req.method,
        headers,
        body: hasBody ? (Readable.toWeb(req) as ReadableStream) : undefined,
        // @ts-expect-error Node's fetch needs this to stream a request body
        duplex: 'half',
      })
      let response: Response
      if (url.pathname === '/api/graphql' && req.method === 'POST') {
        response = await graphql(request)
      } else if (url.pathname.startsWith('/api/') && rest[req.method ?? '']) {
        let slug: string[] | undefined
        try {
          slug = url.pathname.slice('/api/'.length).split('/').map(decodeURIComponent)
        } catch {
          // Next answers a path it cannot decode with a 400 before any route runs.
        }
        response = slug
          ? await rest[req.method!](request, { params: Promise.resolve({ slug }) })
          : new Response('Bad Request', { status: 400 })
      } else {
        response = new Response('Not found', { status: 404 })
      }
      const responseHeaders: Record<string, string | string[]> = {}
      response.headers.forEach((value, key) => (responseHeaders[key] = value))
      const cookies = response.headers.getSetCookie()
      if (cookies.length) {
        responseHeaders['set-cookie'] = cookies
      }
      res.writeHead(response.status, responseHeaders)
      // Streamed as it comes (an event stream never ends by itself); the client's leaving cancels it.
      if (!response.body) {
        return void res.end()
      }
      const body = Readable.fromWeb(response.body as never)
      res.on('close', () => body.destroy())
      body.on('error', () => res.destroy())
      body.pipe(res)
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' })
      res.end(String(error))
    }
  })
  // As the app's server does: idle keep-alive connections outlive the client's own (undici's 4 s), so
  // the server never closes one just as a request goes out on it (an ECONNRESET under load).
  server.keepAliveTimeout = 65_000
  server.headersTimeout = 66_000
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { server, baseURL: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }
}

export const startNewsroom = (
  options: Omit<AppConfigOptions, 'databaseUri' | 'secret'> = {},
): Promise<TestNewsroom> => startOn(freshDatabaseUri(), options, true)

/** An app instance on an existing database (as when several instances share one), same secret. */
export const startNewsroomOn = (
  databaseUri: string,
  options: Omit<AppConfigOptions, 'databaseUri' | 'secret'> = {},
) => startOn({ uri: databaseUri, cleanup: () => {} }, options, false)

const startOn = async (
  database: { uri: string; cleanup: () => Promise<void> | void },
  options: Omit<AppConfigOptions, 'databaseUri' | 'secret'>,
  fresh: boolean,
): Promise<TestNewsroom> => {
  const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-media-'))
  const config = createAppConfig({
    ...options,
    // Each test newsroom keeps its pictures in a directory of its own.
    newsroom: { media: { staticDir: mediaDir }, ...options.newsroom },
    databaseUri: database.uri,
    // Tests build their (often renamed or extended) schema straight from the collections; the
    // migrations the app applies are tested on their own (tests/migrations.test.ts).
    databaseSchema: 'push',
    secret: 'test-secret-not-for-production',
    // Refused requests are the point of many tests; LOG_LEVEL=info shows them.
    overrides: {
      logger: { options: { level: process.env.LOG_LEVEL || 'fatal' } },
      ...options.overrides,
    },
  })
  // Payload's route handlers find their instance with getPayload({ config }) (the default key), so a
  // test file has exactly one: a second one would silently answer from the first one's database.
  if (++instances > 1) {
    throw new Error('One newsroom per test file: start another in its own file or process.')
  }
  // Counted for the run's summary (tests/helpers/durationReporter.cjs): one line per boot, by test file.
  if (process.env.NEWSROOM_BOOT_LOG) {
    fs.appendFileSync(
      process.env.NEWSROOM_BOOT_LOG,
      `${(globalThis as { expect?: { getState: () => { testPath?: string } } }).expect?.getState().testPath ?? 'unknown'}\n`,
    )
  }
  const payload = await getPayload({ config })
  const { server, baseURL } = await serve(config)

  const ids = {} as Record<AccountName, number | string>
  for (const [name, account] of Object.entries(ACCOUNTS) as [AccountName, Account][]) {
    const user = fresh
      ? await payload.create({
          collection: 'users',
          data: { ...account, name },
          overrideAccess: true,
        })
      : (
          await payload.find({
            collection: 'users',
            where: { email: { equals: account.email } },
            overrideAccess: true,
          })
        ).docs[0]
    ids[name] = user.id
  }

  const tokens = new Map<AccountName, string>()
  const tokenFor = async (who: AccountName) => {
    if (!tokens.has(who)) {
      const { email, password } = ACCOUNTS[who]
      const res = await fetch(`${baseURL}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password }),
      })
      const json = (await res.json()) as { token?: string }
      if (!json.token) {
        throw new Error(`login as ${who} failed: ${res.status} ${JSON.stringify(json)}`)
      }
      tokens.set(who, json.token)
    }
    return tokens.get(who)!
  }

  const api: TestNewsroom['api'] = async (who, method, pathname, body, headers = {}) => {
    const auth: Record<string, string> =
      who === 'anonymous' ? {} : { authorization: `JWT ${await tokenFor(who)}` }
    const res = await fetch(`${baseURL}${pathname}`, {
      method,
      // A FormData body (an upload) goes as multipart, with the boundary fetch chooses.
      headers: {
        ...(body === undefined || body instanceof FormData
          ? {}
          : { 'content-type': 'application/json' }),
        ...auth,
        ...headers,
      },
      body:
        body === undefined
          ? undefined
          : typeof body === 'string' || body instanceof FormData
            ? body
            : JSON.stringify(body),
    })
    const text = await res.text()
    let parsed: any = text
    try {
      parsed = text ? JSON.parse(text) : undefined
    } catch {
      /* not JSON: keep the text */
    }
    return { status: res.status, headers: res.headers, body: parsed }
  }

  return {
    payload,
    baseURL,
    databaseUri: database.uri,
    api,
    graphql: (who, query, variables) => api(who, 'POST', '/api/graphql', { query, variables }),
    userId: (who) => ids[who],
    close: async () => {
      server.closeAllConnections()
      fs.rmSync(mediaDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 })
      await new Promise((resolve) => server.close(resolve))
      if (fresh && database.uri.startsWith('mongodb')) {
        await payload.db.dropDatabase?.({ adapter: payload.db } as never)
      }
      // Payload's Postgres adapter leaves its pool open on destroy (and one connection checked out for
      // good): ended here, without waiting for that one, before the database is dropped.
      const pool = (payload.db as { pool?: { end: () => Promise<void> } }).pool
      await payload.destroy()
      void pool?.end().catch(() => {})
      await database.cleanup()
    },
  }
}
