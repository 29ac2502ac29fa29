'use client'

import { useLivePreview } from '@payloadcms/live-preview-react'
import React from 'react'

import { toPreviewDocument } from './previewDocument'
import { StoryView } from './StoryView'

/**
 * The draft as the editor types: Payload's live preview sends the form's data to this page, which
 * renders it with the reader page's own view (quotes and sources populated at depth 3).
 */
export const LiveStory = ({ draft, serverURL }: { draft: Record<string, unknown>; serverURL: string }) => {
  const { data } = useLivePreview({ initialData: draft, serverURL, depth: 3 })
  return <StoryView story={toPreviewDocument(data)} preview />
}
