'use client'
import type { PublishButtonClientProps, UnpublishButtonClientProps } from 'payload'
import type React from 'react'

import {
  PublishButton,
  ServerFunctionsContext,
  UnpublishButton,
  useAuth,
  useDocumentInfo,
  useFormFields,
} from '@payloadcms/ui'
import { use, useEffect, useMemo } from 'react'

const publishes = (user: unknown) =>
  ((user as { roles?: string[] } | null)?.roles ?? []).some(
    (role) => role === 'admin' || role === 'editor',
  )

/**
 * Payload's schedule drawer opens on "Unpublish" for a story that has no newer draft, a story never
 * published included (an unpublish was scheduled by accident). For a story that is not published,
 * choose "Publish" each time the drawer opens; for one never published, "Unpublish" is not offered
 * (the server refuses it too).
 */
const usePublishFirstInScheduleDrawer = (active: boolean) => {
  useEffect(() => {
    if (!active) {
      return
    }
    const choosePublish = () => {
      const publish = document.querySelector<HTMLInputElement>(
        '.schedule-publish__type > li:first-child input[type="radio"]',
      )
      if (publish && !publish.dataset.newsroomChosen) {
        publish.dataset.newsroomChosen = 'true'
        if (!publish.checked) {
          publish.click()
        }
      }
    }
    const observer = new MutationObserver(choosePublish)
    observer.observe(document.body, { childList: true, subtree: true })
    return () => observer.disconnect()
  }, [active])
}

type ServerFunctions = NonNullable<React.ContextType<typeof ServerFunctionsContext>>

/**
 * Payload's schedule drawer says "Scheduled successfully" whatever the server answers (it reads no
 * `error` from the answer): a refused schedule (the publish gate's problems, no right to publish)
 * looked done, then failed in silence at its time. The drawer shows a thrown error's message, so an
 * answer with `error` is thrown here, for the drawer below this provider only.
 */
const ScheduleErrorsShown = ({ children }: { children: React.ReactNode }) => {
  const functions = use(ServerFunctionsContext)
  const strict = useMemo<ServerFunctions | undefined>(
    () =>
      functions && {
        ...functions,
        schedulePublish: async (args) => {
          const answer = await functions.schedulePublish(args)
          if (answer && typeof answer === 'object' && 'error' in answer && answer.error) {
            throw new Error(String(answer.error))
          }
          return answer
        },
      },
    [functions],
  )
  return strict ? (
    <ServerFunctionsContext value={strict}>{children}</ServerFunctionsContext>
  ) : (
    <>{children}</>
  )
}

/**
 * Publishing is an editor's act (the server refuses anyone else): only editors are offered Publish
 * and Schedule; others are told, before any click, how their story moves on.
 */
export const EditorsPublishButton = (props: PublishButtonClientProps) => {
  const { user } = useAuth()
  const { hasPublishedDoc } = useDocumentInfo()
  const status = useFormFields(([fields]) => fields._status?.value)
  usePublishFirstInScheduleDrawer(publishes(user) && status !== 'published')
  if (!publishes(user)) {
    return (
      <span
        className="newsroom-publish-note"
        id="publish-by-editors"
        style={{ alignSelf: 'center', maxWidth: 260, lineHeight: 1.3 }}
      >
        Editors publish. Save your draft and set the stage to “In edit” when it is ready.
      </span>
    )
  }
  return (
    <>
      {hasPublishedDoc ? null : (
        <style>{'.schedule-publish__type > li:nth-child(2) { display: none; }'}</style>
      )}
      <ScheduleErrorsShown>
        <PublishButton {...props} />
      </ScheduleErrorsShown>
    </>
  )
}

/** Unpublishing takes a story from readers: an editor's act, offered to editors only. */
export const EditorsUnpublishButton = (props: UnpublishButtonClientProps) => {
  const { user } = useAuth()
  return publishes(user) ? <UnpublishButton {...props} /> : null
}
