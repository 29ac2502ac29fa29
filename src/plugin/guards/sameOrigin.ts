import type { SanitizedConfig } from 'payload'

import { AsyncLocalStorage } from 'node:async_hooks'

/**
 * The app's own origin always works with the login cookie, whatever CORS_ORIGINS lists and whether
 * or not SERVER_URL is set (the README's frontend step sets CORS_ORIGINS alone, and Payload's CSRF
 * allowlist then refused the admin's own writes as "not allowed").
 *
 * Payload checks `config.csrf.includes(origin)`. The origin a request was sent *to* (its scheme and
 * Host, as express works them out behind TRUST_PROXY) is kept for the duration of the request, and
 * the allowlist also accepts an Origin equal to it: a browser cannot send another site's Host, so a
 * page elsewhere still gets nothing. One store for express and Next's bundle (two module copies).
 */
const STORE = Symbol.for('newsroom.requestOrigin')
const globals = globalThis as unknown as Record<symbol, AsyncLocalStorage<string> | undefined>
const requestOrigins: AsyncLocalStorage<string> = (globals[STORE] ??=
  new AsyncLocalStorage<string>())

/** Runs `next` (the rest of the request's handling) knowing the origin the request was addressed to. */
export const withRequestOrigin = (origin: string, next: () => void) =>
  requestOrigins.run(origin, next)

/** The request's own origin, while it is being handled (undefined outside express, e.g. in tests' plain servers). */
export const currentRequestOrigin = (): string | undefined => requestOrigins.getStore()

const normalised = (origin: string) => origin.replace(/\/$/, '')

/** The allowlist as Payload reads it, plus the current request's own origin. */
const sameOriginAware = (list: string[]): string[] =>
  new Proxy(list, {
    get(target, property, receiver) {
      if (property === 'includes') {
        return (origin: unknown) =>
          target.includes(origin as string) ||
          (typeof origin === 'string' &&
            origin !== '' &&
            normalised(origin) === currentRequestOrigin())
      }
      return Reflect.get(target, property, receiver)
    },
  })

/** The sanitized config with the same-origin-aware CSRF allowlist. */
export const acceptOwnOrigin = (config: SanitizedConfig): SanitizedConfig => {
  if (config.csrf.length) {
    config.csrf = sameOriginAware(config.csrf)
  }
  return config
}

const cookieName = (config: SanitizedConfig) => `${config.cookiePrefix}-token`

/**
 * A write that carries the login cookie from an origin the allowlist does not name: Payload would
 * treat it as anonymous and answer "You are not allowed to perform this action", which reads as a
 * missing role. Say what is wrong instead. Undefined: nothing to say (no cookie, an allowed origin,
 * no allowlist, a token in a header, or a read, which proceeds as anonymous as before).
 */
export const foreignOriginRefusal = (
  config: SanitizedConfig,
  request: Request,
): Response | undefined => {
  if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') {
    return undefined
  }
  // Logging in uses no cookie (one left from before must not stop it).
  if (new URL(request.url).pathname.endsWith('/login')) {
    return undefined
  }
  const origin = request.headers.get('origin')
  if (!origin || !config.csrf.length || config.csrf.includes(origin)) {
    return undefined
  }
  if (request.headers.get('authorization')) {
    return undefined
  }
  const cookies = request.headers.get('cookie') ?? ''
  if (!cookies.split(';').some((cookie) => cookie.trim().startsWith(`${cookieName(config)}=`))) {
    return undefined
  }
  return Response.json(
    {
      errors: [
        {
          message: `Refused: this request comes from ${origin.slice(0, 200)}, which may not act with the login cookie here (only this site and the origins in CORS_ORIGINS or SERVER_URL may). Send the token in an Authorization header, or add the origin to CORS_ORIGINS.`,
        },
      ],
    },
    { status: 403 },
  )
}
