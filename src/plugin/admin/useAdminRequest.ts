'use client'
import { toast, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation.js'
import { useState } from 'react'

type Answer = { message?: string; errors?: { message?: string }[] }

/**
 * An admin button's call to the REST API, with the user's own login (the server checks the role):
 * `busy` while it runs, a toast with the server's answer (its error's words when refused), then
 * the page refreshed so the document and lists show what changed.
 */
export const useAdminRequest = () => {
  const {
    config: {
      routes: { api },
      serverURL,
    },
  } = useConfig()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  /**
   * `reload`: after a success, load the page anew. A document's form keeps the state it opened with
   * (its status in the header, its fields) through a refresh; an action that changes what the
   * document *is* (a takedown, a sign-off) must show it at once.
   */
  const send = async (
    path: string,
    init: RequestInit,
    done: (answer: Answer) => string,
    { reload = false } = {},
  ) => {
    setBusy(true)
    let succeeded = false
    try {
      const response = await fetch(`${serverURL}${api}${path}`, { credentials: 'include', ...init })
      const answer = (await response.json().catch(() => ({}))) as Answer
      if (!response.ok) {
        throw new Error(answer.errors?.[0]?.message ?? `The server answered ${response.status}.`)
      }
      toast.success(done(answer))
      succeeded = true
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setBusy(false)
      if (succeeded && reload) {
        window.location.reload()
      } else {
        router.refresh()
      }
    }
  }
  return { busy, send }
}
