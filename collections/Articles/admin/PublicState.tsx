'use client'
import type { DefaultCellComponentProps } from 'payload'

import { useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import React from 'react'

import { useApiJson } from '../../../src/plugin/admin/useApiJson'

type Takedown =
  | { takenDownAt?: null | string; liftedAt?: null | string; reason?: null | string }
  | null
  | undefined
type Facts = { status?: unknown; takedown?: Takedown; embargoUntil?: unknown; retracted?: boolean }

const isActiveTakedown = (takedown: Takedown) =>
  Boolean(takedown?.takenDownAt) && !takedown?.liftedAt
const when = (value: unknown) =>
  typeof value === 'string' && value ? new Date(value).toLocaleString() : ''

/**
 * What readers get of a story, in one word: a takedown is not a draft (Payload's own status says
 * "Draft (has published version)" for both), a retraction is not a live story.
 */
export const publicStateOf = ({
  status,
  takedown,
  embargoUntil,
  retracted,
}: Facts): { label: string; tone: 'default' | 'error' | 'success' | 'warning' } => {
  if (isActiveTakedown(takedown)) {
    return { label: 'Taken down', tone: 'error' }
  }
  if (retracted) {
    return { label: 'Retracted', tone: 'warning' }
  }
  if (status === 'published') {
    if (typeof embargoUntil === 'string' && new Date(embargoUntil).getTime() > Date.now()) {
      return { label: `Embargoed until ${when(embargoUntil)}`, tone: 'warning' }
    }
    return { label: 'Published', tone: 'success' }
  }
  return { label: 'Not public', tone: 'default' }
}

const COLOURS = {
  error: 'var(--theme-error-500)',
  warning: 'var(--theme-warning-500)',
  success: 'var(--theme-success-500)',
  default: 'var(--theme-elevation-500)',
}

const Pill = ({ label, tone }: ReturnType<typeof publicStateOf>) => (
  <span
    className={`public-state public-state--${tone}`}
    style={{
      border: `1px solid ${COLOURS[tone]}`,
      color: COLOURS[tone],
      borderRadius: 999,
      padding: '0 8px',
      whiteSpace: 'nowrap',
      fontWeight: 600,
    }}
  >
    {label}
  </span>
)

const retractedIn = (log: unknown) =>
  Array.isArray(log) && log.some((entry) => entry?.type === 'retraction' && entry?.date)

const STAGE_LABELS: Record<string, string> = {
  draft: 'Draft',
  'in-edit': 'In edit',
  'legal-review': 'Legal review',
  ready: 'Ready',
  published: 'Published',
}

/**
 * The articles list's Stage column: the stage, and beside it what readers get (a takedown is not a
 * draft, though Payload's own status says “Draft (has published version)” for both).
 */
export const StageWithPublicStateCell = ({ cellData, rowData }: DefaultCellComponentProps) => {
  const state = publicStateOf({
    status: rowData?._status,
    takedown: rowData?.takedown as Takedown,
    embargoUntil: rowData?.embargoUntil,
    retracted: retractedIn(rowData?.updateLog),
  })
  return (
    <span style={{ display: 'inline-flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
      <span>{STAGE_LABELS[String(cellData)] ?? String(cellData ?? '')}</span>
      <Pill {...state} />
    </span>
  )
}

/**
 * In the document's header, beside Publish: what readers get now, and for a takedown when and why
 * (the header's own “Status: Published/Draft” cannot say it). Reads the form, so a takedown shows
 * as soon as the document reloads after it; published or not from the document's versions, since
 * the form holds the latest draft.
 */
export const PublicStateBadge = () => {
  // One value a selector, so the badge renders again only when one of them changes.
  const status = useFormFields(([fields]) => fields._status?.value)
  const takenDownAt = useFormFields(
    ([fields]) => fields['takedown.takenDownAt']?.value as string | undefined,
  )
  const liftedAt = useFormFields(
    ([fields]) => fields['takedown.liftedAt']?.value as string | undefined,
  )
  const reason = useFormFields(([fields]) => fields['takedown.reason']?.value as string | undefined)
  const embargoUntil = useFormFields(([fields]) => fields.embargoUntil?.value)
  // The form holds the latest draft: a draft saved after a publish (an autosave) is not what
  // readers get; the published version is, as long as there is one.
  const { hasPublishedDoc } = useDocumentInfo()
  const takedown = { takenDownAt, liftedAt, reason }
  const state = publicStateOf({
    status: hasPublishedDoc ? 'published' : status,
    takedown,
    embargoUntil,
  })
  const detail = isActiveTakedown(takedown)
    ? `Taken down by legal ${when(takenDownAt)}${reason ? `: ${reason}` : ''}. Nothing of it is public until legal lifts the takedown.`
    : undefined
  return (
    <span
      className="public-state-badge"
      id="public-state"
      title={detail ?? `Readers now get: ${state.label}`}
      style={{
        display: 'inline-flex',
        gap: 6,
        alignItems: 'center',
        maxWidth: 420,
        overflow: 'hidden',
        whiteSpace: 'nowrap',
        textOverflow: 'ellipsis',
      }}
    >
      <span className="field-label" style={{ margin: 0 }}>
        Readers now get
      </span>{' '}
      <Pill {...state} />
      {detail ? (
        <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{detail}</span>
      ) : null}
    </span>
  )
}

/**
 * Above the story's text, for staff: a scheduled publish that failed, and why this story is
 * read-only for the person looking at it.
 */
export const StoryNotices = () => {
  const { collectionSlug, docPermissions, id } = useDocumentInfo()
  const { user } = useAuth()
  if (id === undefined) {
    return null
  }
  const readOnlyBecause = docPermissions && !docPermissions.update ? whyReadOnly(user) : undefined
  return (
    <>
      {collectionSlug ? <ScheduleFailures collectionSlug={collectionSlug} id={id} /> : null}
      {readOnlyBecause ? (
        <p id="read-only-because" role="note" style={{ margin: '0 0 0.75rem' }}>
          {readOnlyBecause}
        </p>
      ) : null}
    </>
  )
}

type Failure = {
  jobId: number | string
  type: 'publish' | 'unpublish'
  scheduledFor: null | string
  failedAt: null | string
  error: string
}
type ScheduleReport = { failed: Failure[]; problemsNow: { path: string; message: string }[] }

/**
 * A scheduled publish that failed when it ran (the story changed since it was scheduled): said on
 * the story, with Payload's error and what stops the story being published now.
 */
const ScheduleFailures = ({
  id,
  collectionSlug,
}: {
  id: number | string
  collectionSlug: string
}) => {
  const report = useApiJson<ScheduleReport>(`/${collectionSlug}/${id}/scheduled-publishing`)
  if (!report?.failed.length) {
    return null
  }
  const latest = report.failed[0]
  const reasons = report.problemsNow
    .flatMap((problem) => problem.message.split('\n'))
    .filter((line) => line.trim())
  return (
    <div
      className="schedule-failures"
      id="schedule-failures"
      role="alert"
      style={{
        border: '1px solid var(--theme-error-500)',
        padding: '0.5rem 0.75rem',
        margin: '8px 0',
      }}
    >
      <strong>
        The scheduled {latest.type} {latest.scheduledFor ? `for ${when(latest.scheduledFor)} ` : ''}
        failed
      </strong>
      {latest.failedAt ? ` (${when(latest.failedAt)})` : ''}: {latest.error}
      {reasons.length ? (
        <>
          <p style={{ margin: '4px 0 0' }}>What stops it now:</p>
          <ul style={{ margin: 0, paddingLeft: '1.2rem' }}>
            {reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  )
}

/** Why the open story cannot be changed by the person looking at it, in the newsroom's words. */
const whyReadOnly = (user: unknown): string => {
  const roles = (user as { roles?: string[] } | null)?.roles ?? []
  if (roles.includes('reporter')) {
    return 'You can read this story but not change it: a reporter edits the stories they started. Leave an editorial note, or ask its editor.'
  }
  if (roles.includes('legal')) {
    return 'Legal reads every story and acts on it with Sign off and Take down; editors change the text.'
  }
  return 'You can read this story but not change it.'
}
