/**
 * Purging an HTTP cache in front of the app (a CDN, Varnish, nginx) precisely: every answer the app
 * caches names what it is built from in `Surrogate-Key` (and `Cache-Tag`), and when a write changes
 * some of it, the instance that made the write sends `PURGE` to each configured URL with the changed
 * keys in `Surrogate-Key` (`*`: everything, when the newsroom's record changed). Varnish bans by that
 * header (see tests/helpers/varnish.ts for a VCL); a CDN's purge-by-tag API sits behind a small relay.
 */

/** How long one purge may take before it is given up (the cache's own TTL then applies). */
const PURGE_TIMEOUT_MS = 2_000

export const purgeCdn =
  (urls: string[], log: (line: string) => void = console.error) =>
  (tags: readonly string[] | undefined): void => {
    if (!urls.length || (tags && !tags.length)) {
      return
    }
    const keys = tags ? tags.join(' ') : '*'
    for (const url of urls) {
      fetch(url, {
        method: 'PURGE',
        headers: { 'Surrogate-Key': keys },
        signal: AbortSignal.timeout(PURGE_TIMEOUT_MS),
      })
        .then((res) => {
          if (!res.ok) {
            log(`> CDN purge at ${url} answered ${res.status}`)
          }
          return res.body?.cancel()
        })
        .catch((error: unknown) => log(`> CDN purge at ${url} failed: ${(error as Error).message}`))
    }
  }
