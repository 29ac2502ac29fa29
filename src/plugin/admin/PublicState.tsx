'use client'
import type { DefaultCellComponentProps } from 'payload'

import { useAuth, useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

type Takedown = { takenDownAt?: string | null; liftedAt?: string | null; reason?: string | null } | null | undefined
type Facts = { status?: unknown; takedown?: Takedown; embargoUntil?: unknown; retracted?: boolean }

const isActiveTakedown = (takedown: Takedown) => Boolean(takedown?.takenDownAt) && !takedown?.liftedAt
const when = (value: unknown) => (typeof value === 'string' && value ? new Date(value).toLocaleString() : '')

/**
 * What readers get of a story, in one word: a takedown is not a draft (Payload's own status says
 * "Draft (has published version)" for both), a retraction is not a live story.
 */
export const publicStateOf = ({ status, takedown, embargoUntil, retracted }: Facts): { label: string; tone: 'error' | 'warning' | 'success' | 'default' } => {
  if (isActiveTakedown(takedown)) return { label: 'Taken down', tone: 'error' }
  if (retracted) return { label: 'Retracted', tone: 'warning' }
  if (status === 'published') {
    if (typeof embargoUntil === 'string' && new Date(embargoUntil).getTime() > Date.now()) return { label: `Embargoed until ${when(embargoUntil)}`, tone: 'warning' }
    return { label: 'Published', tone: 'success' }
  }
  return { label: 'Not public', tone: 'default' }
}

const COLOURS = { error: 'var(--theme-error-500)', warning: 'var(--theme-warning-500)', success: 'var(--theme-success-500)', default: 'var(--theme-elevation-500)' }

const Pill = ({ label, tone }: ReturnType<typeof publicStateOf>) => (
  <span className={`public-state public-state--${tone}`} style={{ border: `1px solid ${COLOURS[tone]}`, color: COLOURS[tone], borderRadius: 999, padding: '0 8px', whiteSpace: 'nowrap', fontWeight: 600 }}>
    {label}
  </span>
)

const retractedIn = (log: unknown) => Array.isArray(log) && log.some((entry) => entry?.type === 'retraction' && entry?.date)

/** The articles list's “Public” column. */
export const PublicStateCell = ({ rowData }: DefaultCellComponentProps) => (
  <Pill {...publicStateOf({ status: rowData?._status, takedown: rowData?.takedown as Takedown, embargoUntil: rowData?.embargoUntil, retracted: retractedIn(rowData?.updateLog) })} />
)

/**
 * At the top of the story's sidebar: what readers get now, and for a takedown when, why and who
 * lifts it — the header's “Published/Draft” cannot say it.
 */
export const PublicStateField = () => {
  const facts = useFormFields(([fields]) => ({
    status: fields._status?.value,
    takenDownAt: fields['takedown.takenDownAt']?.value as string | undefined,
    liftedAt: fields['takedown.liftedAt']?.value as string | undefined,
    reason: fields['takedown.reason']?.value as string | undefined,
    embargoUntil: fields.embargoUntil?.value,
  }))
  const { collectionSlug, docPermissions, id } = useDocumentInfo()
  const { user } = useAuth()
  const readOnlyBecause = id !== undefined && docPermissions && !docPermissions.update ? whyReadOnly(user) : undefined
  const takedown = { takenDownAt: facts.takenDownAt, liftedAt: facts.liftedAt, reason: facts.reason }
  const state = publicStateOf({ status: facts.status, takedown, embargoUntil: facts.embargoUntil })
  return (
    <div className="field-type public-state-field" id="public-state" style={{ marginBottom: 'var(--base)' }}>
      <span className="field-label">Readers now get</span> <Pill {...state} />
      {isActiveTakedown(takedown) ? (
        <p role="note" style={{ marginTop: 8 }}>
          Taken down by legal {when(takedown.takenDownAt)}
          {takedown.reason ? `: ${takedown.reason}` : ''}. Nothing of it is public until legal lifts the takedown.
        </p>
      ) : null}
      {id !== undefined && collectionSlug ? <ScheduleFailures collectionSlug={collectionSlug} id={id} /> : null}
      {readOnlyBecause ? (
        <p id="read-only-because" role="note" style={{ marginTop: 8 }}>
          {readOnlyBecause}
        </p>
      ) : null}
    </div>
  )
}

type Failure = { jobId: number | string; type: 'publish' | 'unpublish'; scheduledFor: string | null; failedAt: string | null; error: string }
type ScheduleReport = { failed: Failure[]; problemsNow: { path: string; message: string }[] }

/**
 * A scheduled publish that failed when it ran (the story changed since it was scheduled): said on
 * the story, with Payload's error and what stops the story being published now.
 */
const ScheduleFailures = ({ id, collectionSlug }: { id: number | string; collectionSlug: string }) => {
  const {
    config: {
      routes: { api },
      serverURL,
    },
  } = useConfig()
  const [report, setReport] = useState<ScheduleReport | undefined>()
  useEffect(() => {
    const controller = new AbortController()
    fetch(`${serverURL ?? ''}${api}/${collectionSlug}/${id}/scheduled-publishing`, { credentials: 'include', signal: controller.signal })
      .then((answer) => (answer.ok ? (answer.json() as Promise<ScheduleReport>) : undefined))
      .then(setReport, () => undefined)
    return () => controller.abort()
  }, [api, collectionSlug, id, serverURL])
  if (!report?.failed.length) return null
  const latest = report.failed[0]!
  const reasons = report.problemsNow.flatMap((problem) => problem.message.split('\n')).filter((line) => line.trim())
  return (
    <div className="schedule-failures" id="schedule-failures" role="alert" style={{ border: '1px solid var(--theme-error-500)', padding: '0.5rem 0.75rem', margin: '8px 0' }}>
      <strong>
        The scheduled {latest.type} {latest.scheduledFor ? `for ${when(latest.scheduledFor)} ` : ''}failed
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
  if (roles.includes('reporter')) return 'You can read this story but not change it: a reporter edits the stories they started. Leave an editorial note, or ask its editor.'
  if (roles.includes('legal')) return 'Legal reads every story and acts on it with Sign off and Take down; editors change the text.'
  return 'You can read this story but not change it.'
}
