import { seededAppInChromium } from '../helpers/seededApp'
import { authorsInTheSidebar } from './editorsDay/authors'
import { type EditorsDay, LOGINS, SHOTS, SLUG } from './editorsDay/context'
import { anEditor } from './editorsDay/editor'
import { aLiveUpdate } from './editorsDay/liveUpdate'
import { loggingIn } from './editorsDay/loggingIn'
import { aModerator } from './editorsDay/moderator'
import { publishGate } from './editorsDay/publishGate'
import { quoteChanged } from './editorsDay/quoteChanged'
import { sourceForm } from './editorsDay/sourceForm'
import { thirdParties } from './editorsDay/thirdParties'

/**
 * The editor's and moderator's day, in real Chromium against the real app (production build,
 * fresh seeded database). Each step leaves a screenshot in tests/e2e/screenshots/.
 *
 * One app and one browser for every area: the areas are modules in tests/e2e/editorsDay/ (editor,
 * sourceForm, publishGate, moderator, thirdParties, quoteChanged, authors, liveUpdate, loggingIn), called
 * here in the order this file has always run them (liveUpdate added before loggingIn, which leaves this
 * address throttled), on the same database. quoting.ts holds the steps of making a quote in the admin.
 */
const seeded = seededAppInChromium({ logins: LOGINS, shots: SHOTS, slug: SLUG })

/** A REST call as the editor (for what a test sets up before the browser takes over). */
/** The editor's REST token, signed in once: the sign-in throttle counts every login from this address. */
let editorToken: Promise<string> | undefined
const editorLogin = () =>
  (editorToken ??= fetch(`${seeded.app.baseURL}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(LOGINS.editor),
  })
    .then((login) => login.json())
    .then(({ token }) => token as string))

const asEditor = async (method: string, pathname: string, body: unknown) =>
  (
    await fetch(`${seeded.app.baseURL}${pathname}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `JWT ${await editorLogin()}` },
      body: JSON.stringify(body),
    })
  ).json()

const publicArticle = async () =>
  (await fetch(`${seeded.app.baseURL}/api/articles/${seeded.articleId}`)).json()

const day: EditorsDay = Object.assign(seeded, { asEditor, publicArticle })

anEditor(day)
sourceForm(day)
publishGate(day)
aModerator(day)
thirdParties(day)
quoteChanged(day)
authorsInTheSidebar(day)
aLiveUpdate(day)
loggingIn(day)
