import { createNewsroomClient } from 'newsroom-payload/fetch-client'
import { headers } from 'next/headers'

import { env } from '../../server/env'

/**
 * The reader site reads and writes only through the public REST API, as any frontend would: this
 * app's own server, over loopback (INTERNAL_API_URL to point elsewhere). A reader's submission is
 * sent with the reader's address, which the server trusts from loopback, so flood control counts
 * readers, not this site.
 */
export const apiBase = () => env.internalApiUrl

/** The public URL of the site, for canonical links and Open Graph. */
export const siteUrl = () => (env.serverUrl || `http://localhost:${env.port}`).replace(/\/$/, '')

export const newsroomApi = async ({ asReader = false }: { asReader?: boolean } = {}) => {
  const incoming = await headers()
  const reader = incoming.get('x-forwarded-for')?.split(',')[0]?.trim()
  return createNewsroomClient({
    baseURL: apiBase(),
    headers: asReader && reader ? { 'x-forwarded-for': reader } : {},
  })
}

/** The origin this page was asked for (the admin's, when it is shown in live preview). */
export const requestOrigin = async () => {
  const incoming = await headers()
  const host = incoming.get('x-forwarded-host') ?? incoming.get('host')
  return host ? `${incoming.get('x-forwarded-proto') ?? 'http'}://${host}` : siteUrl()
}
