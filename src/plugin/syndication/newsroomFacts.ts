import type { Payload, PayloadRequest } from 'payload'

import type { NewsroomDoc } from '../documents'
import type { NewsroomSettings } from '../options'

import { changedSince, deliveryGeneration } from '../delivery/invalidation/generations'
import { cacheTags } from '../delivery/invalidation/tags'
import { DEFAULT_POLICIES, isDefaultPolicy } from '../standards/defaultPolicies'
import { POLICIES } from '../vocabulary'

export type NewsroomPolicy = (typeof POLICIES)[number] & {
  url: string
  text: string
  isDefault: boolean
}

/** The publisher as feeds, structured data and ninjs describe it. */
export type NewsroomFacts = {
  name: string
  /** The site's home, absolute when SERVER_URL or the global says it; '' when unknown. */
  url: string
  language: string
  logoUrl: null | string
  policies: NewsroomPolicy[]
}

export type { NewsroomDoc }

/** A URL the plugin makes (story, policy) against the site's base: kept as it is when already absolute. */
export const absoluteUrl = (base: string, url: string) =>
  /^[a-z][a-z0-9+.-]*:/i.test(url) || !base
    ? url
    : `${base.replace(/\/$/, '')}${url.startsWith('/') ? '' : '/'}${url}`

/**
 * The newsroom's record (the `newsroom` global as REST or the Local API returns it) with every
 * policy filled (the default text where none is set) and every URL absolute where a base is known.
 * `policyUrl` is the plugin's option of that name (a frontend passes its own pages' paths).
 */
export const toNewsroomFacts = (
  doc: NewsroomDoc,
  { serverURL = '', policyUrl }: { serverURL?: string; policyUrl: (policy: string) => string },
): NewsroomFacts => {
  const base = (doc.url || serverURL || '').replace(/\/$/, '')
  return {
    name: doc.name?.trim() || 'Newsroom',
    url: base,
    language: doc.language?.trim() || 'en',
    logoUrl: doc.logoUrl || null,
    policies: POLICIES.map((policy) => {
      const stored = doc.policies?.[policy.key]
      const text = stored?.text?.trim() || DEFAULT_POLICIES[policy.key]
      return {
        ...policy,
        text,
        isDefault: isDefaultPolicy(policy.key, text),
        url: stored?.url || absoluteUrl(base, policyUrl(policy.slug)),
      }
    }),
  }
}

/** The newsroom's record as an anonymous reader reads it, as facts. */
export const readNewsroom = async (
  payload: Payload,
  settings: NewsroomSettings,
  req?: PayloadRequest,
): Promise<NewsroomFacts> => {
  const doc = (await payload.findGlobal({
    slug: settings.slugs.newsroom,
    depth: 0,
    overrideAccess: false,
    ...(req ? { req } : {}),
  })) as NewsroomDoc
  return toNewsroomFacts(doc, {
    serverURL: payload.config.serverURL,
    policyUrl: settings.policyUrl,
  })
}

/** The newsroom's record as last read (committed), per Payload instance, and the invalidation count when the read began. */
type KeptNewsroom = { facts: NewsroomFacts; generation: number; until: number }
const KEPT = Symbol.for('newsroom.newsroomFacts')
const kept = (): WeakMap<Payload, KeptNewsroom> =>
  ((globalThis as unknown as Record<symbol, WeakMap<Payload, KeptNewsroom>>)[KEPT] ??=
    new WeakMap())

/**
 * The newsroom's record for serving a story on a cache miss, kept in memory between misses: dropped
 * by the invalidations that drop the cached stories (a change to the global drops everything, here
 * and, through the hub, on every instance), not kept if one landed while it was read, and read again
 * after the delivery cache's TTL at most. Committed data only: a write's transaction reads `readNewsroom`.
 */
export const servingNewsroom = async (
  payload: Payload,
  settings: NewsroomSettings,
): Promise<NewsroomFacts> => {
  const tags = [cacheTags.newsroom]
  const held = kept().get(payload)
  if (held && held.until > Date.now() && !changedSince(held.generation, tags)) {
    return held.facts
  }
  const generation = deliveryGeneration()
  const facts = await readNewsroom(payload, settings)
  if (!changedSince(generation, tags)) {
    kept().set(payload, {
      facts,
      generation,
      until: Date.now() + settings.delivery.cacheTtlSeconds * 1000,
    })
  }
  return facts
}
