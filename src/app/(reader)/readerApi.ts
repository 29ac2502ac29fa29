import {
  createNewsroomClient,
  type DeliverySearchResults,
  NewsroomApiError,
  type NewsroomClient,
} from 'newsroom-payload/fetch-client'
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

/** A search the API refused (a 400 for words too long or a page out of range, a 429…): its status, its message, the parameter. */
export type SearchRefusal = { status: number; message: string; parameter?: string }

/** The reader's search parameters as the typed client takes them (the API checks them). */
export type SearchRequest = { q: string } & NonNullable<Parameters<NewsroomClient['search']>[1]>

/**
 * A page of search results, or the API's refusal (4xx) with its message for the page to show:
 * the API alone decides what a valid search is.
 */
export const searchStories = async ({
  q,
  ...options
}: SearchRequest): Promise<{ refused: SearchRefusal } | { results: DeliverySearchResults }> => {
  const api = await newsroomApi()
  try {
    return { results: await api.search(q, options) }
  } catch (error) {
    if (error instanceof NewsroomApiError && error.status >= 400 && error.status < 500) {
      return {
        refused: {
          status: error.status,
          message: error.message,
          parameter: error.fieldErrors[0]?.path,
        },
      }
    }
    throw error
  }
}
