'use client'
import { useConfig } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

/**
 * A staff panel's GET of the REST API with the user's own login (`path` after the API route, e.g.
 * `/articles/1/legal-review`): the answer's JSON once it is there, undefined before, on a refusal or
 * while `path` is undefined. Dropped when the panel goes away. Fetched again when `refresh` changes
 * (e.g. the document's last save, or an action the panel took).
 */
export const useApiJson = <T>(path: string | undefined, refresh?: unknown): T | undefined => {
  const {
    config: {
      routes: { api },
      serverURL,
    },
  } = useConfig()
  const [answer, setAnswer] = useState<T | undefined>()
  useEffect(() => {
    if (!path) {
      return
    }
    const controller = new AbortController()
    fetch(`${serverURL ?? ''}${api}${path}`, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<T>) : undefined))
      .then(setAnswer, () => undefined)
    return () => controller.abort()
  }, [api, path, serverURL, refresh])
  return answer
}
