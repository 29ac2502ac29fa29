'use client'
import type { DefaultCellComponentProps } from 'payload'

import { Button, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import React from 'react'

import { useAdminRequest } from '../../../src/plugin/admin/useAdminRequest'

type Status = 'approved' | 'pending' | 'rejected' | 'spam'

const ACTIONS: { status: Status; label: string; done: string }[] = [
  { status: 'approved', label: 'Approve', done: 'Approved: readers see it now.' },
  { status: 'rejected', label: 'Reject', done: 'Rejected.' },
  { status: 'spam', label: 'Spam', done: 'Marked as spam.' },
]

/** Sets a comment's status through the REST API with the moderator's login; the server checks the role. */
const useSetStatus = (collectionSlug: string | undefined) => {
  const { busy, send } = useAdminRequest()
  const setStatus = (id: number | string, status: Status, done: string) =>
    send(
      `/${collectionSlug}/${id}?depth=0`,
      {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ status }),
      },
      () => done,
    )
  return { busy, setStatus }
}

const Actions = ({
  id,
  status,
  collectionSlug,
  size,
}: {
  id: number | string
  status?: string
  collectionSlug?: string
  size: 'medium' | 'small'
}) => {
  const { busy, setStatus } = useSetStatus(collectionSlug)
  return (
    <span
      className="moderation-actions"
      style={{ display: 'inline-flex', gap: 6, flexWrap: 'wrap' }}
      onClick={(event) => event.stopPropagation()}
    >
      {ACTIONS.filter((action) => action.status !== status).map((action) => (
        <Button
          key={action.status}
          buttonStyle="secondary"
          size={size}
          margin={false}
          disabled={busy}
          onClick={() => void setStatus(id, action.status, action.done)}
        >
          {action.label}
        </Button>
      ))}
    </span>
  )
}

/** On a comment: Approve / Reject / Spam, one click each (the comment's current status is left out). */
export const ModerationActions = () => {
  const { id, collectionSlug } = useDocumentInfo()
  const status = useFormFields(([fields]) => fields.status?.value) as string | undefined
  if (!id) {
    return null
  }
  return <Actions id={id} status={status} collectionSlug={collectionSlug} size="medium" />
}

/** The list's status column: the status, then the other actions, so a moderator clears the queue row by row. */
export const ModerationStatusCell = ({
  cellData,
  rowData,
  collectionSlug,
}: DefaultCellComponentProps) => (
  <span style={{ display: 'inline-flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
    <span className="moderation-status">{String(cellData ?? '')}</span>
    {rowData?.id !== undefined ? (
      <Actions
        id={rowData.id as number | string}
        status={cellData as string}
        collectionSlug={collectionSlug}
        size="small"
      />
    ) : null}
  </span>
)
