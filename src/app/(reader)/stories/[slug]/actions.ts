'use server'

import { NewsroomApiError } from 'newsroom-payload/fetch-client'

import { newsroomApi } from '../../readerApi'

/** What a form shows after a submission: a sentence for the reader, and each field's problem. */
export type FormState = {
  outcome?: 'refused' | 'sent'
  message?: string
  fieldErrors?: Record<string, string>
  values?: Record<string, string>
}

const field = (form: FormData, name: string) => {
  const value = form.get(name)
  return typeof value === 'string' ? value : ''
}

/** Ids arrive from the form as text; the API's are numbers on SQLite and PostgreSQL. */
const idFrom = (value: string): number | string => (/^\d+$/.test(value) ? Number(value) : value)

const refused = (error: unknown, values: Record<string, string>): FormState => {
  if (!(error instanceof NewsroomApiError)) {
    throw error
  }
  const fieldErrors = Object.fromEntries(
    error.fieldErrors.map(({ path, message }) => [path, message]),
  )
  const message =
    error.status === 429
      ? error.message
      : error.status === 403
        ? 'Comments are closed on this story.'
        : Object.keys(fieldErrors).length
          ? 'Please correct the fields marked below.'
          : error.message
  return { outcome: 'refused', message, fieldErrors, values }
}

/** A reader's comment (or reply), sent to `POST /api/comments` as the reader, from their address. */
export const postComment = async (_previous: FormState, form: FormData): Promise<FormState> => {
  const values = {
    authorName: field(form, 'authorName'),
    authorEmail: field(form, 'authorEmail'),
    body: field(form, 'body'),
  }
  const api = await newsroomApi({ asReader: true })
  const parent = field(form, 'parent')
  try {
    const { message } = await api.submitComment({
      article: idFrom(field(form, 'article')),
      ...(parent ? { parent: idFrom(parent) } : {}),
      ...values,
      // The honeypot travels as the API expects it; people leave it empty.
      ...({ website: field(form, 'website') } as object),
    })
    return { outcome: 'sent', message }
  } catch (error) {
    return refused(error, values)
  }
}

/** A reader's report of an error in the story, private to the editors. */
export const reportError = async (_previous: FormState, form: FormData): Promise<FormState> => {
  const values = { text: field(form, 'text'), email: field(form, 'email') }
  const api = await newsroomApi({ asReader: true })
  try {
    const { message } = await api.reportError(idFrom(field(form, 'article')), {
      text: values.text,
      ...(values.email ? { email: values.email } : {}),
    })
    return { outcome: 'sent', message }
  } catch (error) {
    return refused(error, values)
  }
}

/** A reader's report of a comment (abuse, spam…), sent to `POST /api/comments/:id/report` as the reader. */
export const reportComment = async (_previous: FormState, form: FormData): Promise<FormState> => {
  const values = { reason: field(form, 'reason') }
  const api = await newsroomApi({ asReader: true })
  try {
    const { message } = await api.reportComment(
      idFrom(field(form, 'comment')),
      values.reason.trim() || undefined,
    )
    return { outcome: 'sent', message }
  } catch (error) {
    return refused(error, values)
  }
}
