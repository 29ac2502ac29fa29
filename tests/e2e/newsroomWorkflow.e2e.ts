import { seededAppInChromium } from '../helpers/seededApp'
import { LOGINS, type NewsroomWorkflow, SHOTS, SLUG } from './newsroomWorkflow/context'
import { dayOnTheStory } from './newsroomWorkflow/dayOnTheStory'
import { photo } from './newsroomWorkflow/photo'
import { pictureInText } from './newsroomWorkflow/pictureInText'
import { pictureTrust } from './newsroomWorkflow/pictureTrust'
import { retraction } from './newsroomWorkflow/retraction'
import { scheduling } from './newsroomWorkflow/scheduling'
import { seoFields } from './newsroomWorkflow/seoFields'
import { takedown } from './newsroomWorkflow/takedown'

/**
 * The newsroom's workflow in real Chromium against the production app, on the seeded story (it
 * quotes an anonymous colleague and an unverified clip, so legal must sign it off): a reporter's
 * draft, an editor's update refused for want of a sign-off, legal's queue and sign-off, the
 * editor's publish; then a retraction, as readers meet it. Screenshots in tests/e2e/screenshots/.
 *
 * One app and one browser for every area: the areas are modules in tests/e2e/newsroomWorkflow/
 * (dayOnTheStory, retraction, takedown, scheduling, photo, pictureInText, pictureTrust, seoFields), called here
 * in the order this file has always run them, on the same database.
 */
const seeded = seededAppInChromium({ logins: LOGINS, shots: SHOTS, slug: SLUG })

const tokens = new Map<string, string>()
/** REST as one of the staff (a login of their own, beside the browser's). */
const api = async (who: keyof typeof LOGINS, method: string, pathname: string, body?: unknown) => {
  if (!tokens.has(who)) {
    const login = await fetch(`${seeded.app.baseURL}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(LOGINS[who]),
    })
    tokens.set(who, (await login.json()).token)
  }
  const res = await fetch(`${seeded.app.baseURL}${pathname}`, {
    method,
    headers: {
      authorization: `JWT ${tokens.get(who)}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: res.status, body: await res.json().catch(() => null) }
}
const latest = async () =>
  (await api('editor', 'GET', `/api/articles/${seeded.articleId}?draft=true&depth=0`)).body

const workflow: NewsroomWorkflow = Object.assign(seeded, { tokens, api, latest })

dayOnTheStory(workflow)
retraction(workflow)
takedown(workflow)
scheduling(workflow)
photo(workflow)
pictureInText(workflow)
pictureTrust(workflow)
seoFields(workflow)
