'use client'

import { useLivePreview } from '@payloadcms/live-preview-react'
import React from 'react'

import { toPreviewDocument } from './previewDocument'
import { StoryView } from './StoryView'

type Draft = { id: number | string } & Record<string, unknown>

/**
 * The draft as the editor types, rendered with the reader page's own view. Payload's live preview
 * hook has Payload populate the form's data at depth 3 (quotes and their sources), with the editor's
 * own login, and accepts messages from the admin's origin only.
 */
export const LiveStory = ({ draft, serverURL }: { draft: Draft; serverURL: string }) => {
  const { data } = useLivePreview<Draft>({ initialData: draft, serverURL, depth: 3 })
  return <StoryView story={toPreviewDocument(data)} preview />
}
