'use client'

import React, { useActionState, useId } from 'react'

import { postComment, reportError, type FormState } from './actions'

const Field = ({ label, name, state, type = 'text', multiline = false, required = true, hint }: { label: string; name: string; state: FormState; type?: string; multiline?: boolean; required?: boolean; hint?: string }) => {
  const id = useId()
  const error = state.fieldErrors?.[name]
  const describedBy = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined
  const common = { id, name, required, defaultValue: state.outcome === 'refused' ? state.values?.[name] : undefined, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy }
  return (
    <p className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? <span className="hint" id={`${id}-hint`}>{hint}</span> : null}
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
    <p className={state.outcome === 'sent' ? 'notice' : 'notice notice--error'} role={state.outcome === 'sent' ? 'status' : 'alert'}>
      {state.message}
    </p>
  ) : null

/** Post a comment or a reply. Works without JavaScript (a plain form post), better with it. */
export const CommentForm = ({ articleId, parentId, label = 'Post a comment' }: { articleId: number | string; parentId?: number | string; label?: string }) => {
  const [state, action, pending] = useActionState(postComment, {})
  return (
    <form action={action} className="reader-form">
      <input type="hidden" name="article" value={String(articleId)} />
      {parentId !== undefined ? <input type="hidden" name="parent" value={String(parentId)} /> : null}
      <Outcome state={state} />
      <Field label="Your name" name="authorName" state={state} />
      <Field label="Your email" name="authorEmail" type="email" state={state} hint="Never shown to anyone." />
      <Field label="Comment" name="body" multiline state={state} hint="Plain text. Comments are published after a moderator approves them." />
      <p className="honeypot" aria-hidden="true">
        <label>
          Leave this empty <input name="website" tabIndex={-1} autoComplete="off" />
        </label>
      </p>
      <button type="submit" disabled={pending}>
        {label}
      </button>
    </form>
  )
}

/** Report an error in the story to the editors; private. */
export const ErrorReportForm = ({ articleId }: { articleId: number | string }) => {
  const [state, action, pending] = useActionState(reportError, {})
  return (
    <form action={action} className="reader-form">
      <input type="hidden" name="article" value={String(articleId)} />
      <Outcome state={state} />
      <Field label="What is wrong?" name="text" multiline state={state} />
      <Field label="Your email (optional, so an editor can reply)" name="email" type="email" required={false} state={state} />
      <button type="submit" disabled={pending}>
        Send to the editors
      </button>
    </form>
  )
}
