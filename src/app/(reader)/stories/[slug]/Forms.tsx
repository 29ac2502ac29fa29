'use client'

import React, { useActionState, useId } from 'react'

import { type FormState, postComment, reportComment, reportError } from './actions'

const Field = ({
  label,
  name,
  state,
  type = 'text',
  multiline = false,
  required = true,
  hint,
}: {
  label: string
  name: string
  state: FormState
  type?: string
  multiline?: boolean
  required?: boolean
  hint?: string
}) => {
  const id = useId()
  const error = state.fieldErrors?.[name]
  const describedBy =
    [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined
  const common = {
    id,
    name,
    required,
    defaultValue: state.outcome === 'refused' ? state.values?.[name] : undefined,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
  }
  return (
    <p className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {multiline ? <textarea rows={5} {...common} /> : <input type={type} {...common} />}
      {error ? (
        <span className="field-error" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
    </p>
  )
}

const Outcome = ({ state }: { state: FormState }) =>
  state.message ? (
    <p
      className={state.outcome === 'sent' ? 'notice' : 'notice notice--error'}
      role={state.outcome === 'sent' ? 'status' : 'alert'}
    >
      {state.message}
    </p>
  ) : null

/**
 * Where a form's answer lands without JavaScript: the page comes back with the form's message, and
 * the browser scrolls to this anchor (React posts a form without JavaScript to its permalink), not
 * to the top of a long page.
 */
const landingOn = (anchor: string) => `#${anchor}`

/** Post a comment or a reply. Works without JavaScript (a plain form post), better with it. */
export const CommentForm = ({
  articleId,
  parentId,
  label = 'Post a comment',
}: {
  articleId: number | string
  parentId?: number | string
  label?: string
}) => {
  const anchor = parentId === undefined ? 'add-comment' : `reply-to-${parentId}`
  const [state, action, pending] = useActionState(postComment, {}, landingOn(anchor))
  const form = (
    <form action={action} className="reader-form" id={anchor}>
      <input type="hidden" name="article" value={String(articleId)} />
      {parentId !== undefined ? (
        <input type="hidden" name="parent" value={String(parentId)} />
      ) : null}
      <Outcome state={state} />
      <Field label="Your name" name="authorName" state={state} />
      <Field
        label="Your email"
        name="authorEmail"
        type="email"
        state={state}
        hint="Never shown to anyone."
      />
      <Field
        label="Comment"
        name="body"
        multiline
        state={state}
        hint="Plain text. Comments are published after a moderator approves them."
      />
      <p className="honeypot" aria-hidden="true">
        <label>
          Leave this empty <input type="text" name="website" tabIndex={-1} autoComplete="off" />
        </label>
      </p>
      <button type="submit" disabled={pending}>
        {label}
      </button>
    </form>
  )
  if (parentId === undefined) {
    return form
  }
  // A reply's form opens by itself when it has something to say (its answer, or a field to fix).
  return (
    <details open={state.message ? true : undefined}>
      <summary>Reply</summary>
      {form}
    </details>
  )
}

/** Report a comment to the moderators (abuse, spam, a person's private details). Works without JavaScript. */
export const ReportCommentForm = ({ commentId }: { commentId: number | string }) => {
  const anchor = `report-comment-${commentId}`
  const [state, action, pending] = useActionState(reportComment, {}, landingOn(anchor))
  return (
    <details className="report-comment" open={state.message ? true : undefined}>
      <summary>Report</summary>
      <form action={action} className="reader-form" id={anchor}>
        <input type="hidden" name="comment" value={String(commentId)} />
        <Outcome state={state} />
        {state.outcome === 'sent' ? null : (
          <>
            <Field
              label="Why should a moderator look at it? (optional)"
              name="reason"
              multiline
              required={false}
              state={state}
            />
            <button type="submit" disabled={pending}>
              Report this comment
            </button>
          </>
        )}
      </form>
    </details>
  )
}

/** Report an error in the story to the editors; private. */
export const ErrorReportForm = ({ articleId }: { articleId: number | string }) => {
  const [state, action, pending] = useActionState(reportError, {}, landingOn('report-error-form'))
  return (
    <form action={action} className="reader-form" id="report-error-form">
      <input type="hidden" name="article" value={String(articleId)} />
      <Outcome state={state} />
      <Field label="What is wrong?" name="text" multiline state={state} />
      <Field
        label="Your email (optional, so an editor can reply)"
        name="email"
        type="email"
        required={false}
        state={state}
      />
      <button type="submit" disabled={pending}>
        Send to the editors
      </button>
    </form>
  )
}
