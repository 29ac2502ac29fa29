'use client'

import React, { useEffect, useState } from 'react'

import { toPreviewDocument } from './previewDocument'
import { StoryView } from './StoryView'

type Draft = Record<string, unknown> & { id: number | string }

/**
 * Payload's live preview protocol, as `@payloadcms/live-preview` speaks it (whose only published
 * 3.90 release is 3.90.1, which Payload 3.90.2 refuses to run beside): tell the admin we are
 * ready, then for each `payload-live-preview` message from the admin's origin, have Payload populate
 * the form's data at `depth` (a findByID with the data posted) and render it.
 */
const useLivePreview = (initialData: Draft, serverURL: string, depth: number) => {
  const [data, setData] = useState(initialData)
  useEffect(() => {
    const onMessage = async (event: MessageEvent) => {
      const message = event.data as { type?: string; collectionSlug?: string; data?: unknown; locale?: string } | null
      if (event.origin !== serverURL || !message || message.type !== 'payload-live-preview' || !message.collectionSlug) return
      const res = await fetch(`${serverURL}/api/${encodeURI(message.collectionSlug)}/${initialData.id}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json', 'x-payload-http-method-override': 'GET' },
        body: JSON.stringify({ data: message.data, depth, flattenLocales: false, locale: message.locale }),
      })
      if (res.ok) setData((await res.json()) as Draft)
    }
    window.addEventListener('message', onMessage)
    ;(window.opener || window.parent)?.postMessage({ type: 'payload-live-preview', ready: true }, serverURL)
    return () => window.removeEventListener('message', onMessage)
  }, [initialData.id, serverURL, depth])
  return data
}

/** The draft as the editor types, rendered with the reader page's own view (quotes and sources populated). */
export const LiveStory = ({ draft, serverURL }: { draft: Draft; serverURL: string }) => {
  const data = useLivePreview(draft, serverURL, 3)
  return <StoryView story={toPreviewDocument(data)} preview />
}
