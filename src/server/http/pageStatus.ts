/**
 * A reader page's HTTP status when it is neither 200 nor Next's 404. A Next page can only say "not
 * found" (`notFound()`); /search must answer 400 when the API refuses the reader's words (too long,
 * a page out of range) while showing the API's message. So the front server gives each such request
 * a key, in a request header Next hands the page (a reader's own header of that name is dropped);
 * the page marks the status under that key; the head goes out with it, as a retracted story's page
 * is turned into a 410 (pageCache.ts). The marks live on `globalThis`: Next loads its own copy of
 * this module, in the same process.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'

/** The request header that carries the key. */
export const PAGE_STATUS_HEADER = 'x-newsroom-page-status-key'

const STATUSES = Symbol.for('newsroom.pageStatuses')

/** Key → the status the page asked for (0 while it has asked for none). */
const statuses = (): Map<string, number> => {
  const global = globalThis as unknown as Record<symbol, Map<string, number> | undefined>
  return (global[STATUSES] ??= new Map())
}

/** The pages that may answer another status: /search. */
const WITH_STATUS = /^\/search(?:\?|$)/

/**
 * For the page rendering the request that carries `key`: answer `status` (4xx) instead of 200.
 * Nothing for a key this server did not give (the page rendered some other way).
 */
export const markPageStatus = (key: null | string | undefined, status: number): void => {
  if (key && statuses().has(key) && status >= 400 && status < 500) {
    statuses().set(key, status)
  }
}

/** Before Next renders: the key for a page that may mark a status, and its head answered with it. */
export const answerWithPageStatus = (req: IncomingMessage, res: ServerResponse) => {
  delete req.headers[PAGE_STATUS_HEADER]
  if ((req.method !== 'GET' && req.method !== 'HEAD') || !WITH_STATUS.test(req.url ?? '')) {
    return
  }
  const key = crypto.randomUUID()
  req.headers[PAGE_STATUS_HEADER] = key
  statuses().set(key, 0)
  res.once('close', () => statuses().delete(key))
  const marked = () => statuses().get(key) || undefined
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse
  res.writeHead = (status: number, ...rest: unknown[]) =>
    writeHead(status === 200 ? (marked() ?? status) : status, ...rest)
  for (const method of ['write', 'end'] as const) {
    const original = res[method].bind(res) as (...args: unknown[]) => unknown
    res[method] = ((...args: unknown[]) => {
      const status = marked()
      if (status && !res.headersSent && res.statusCode === 200) {
        res.statusCode = status
      }
      return original(...args)
    }) as never
  }
}
