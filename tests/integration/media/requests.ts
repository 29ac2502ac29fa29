/** Media: what the areas share: a picture's words, field errors, the editor's token, downloads. */
import { type MediaSuite } from './context'

/** The field errors of a 400, as Payload's validation lists them. */
export const fieldErrors = (res: { body: any }) =>
  (res.body?.errors?.[0]?.data?.errors ?? []) as { path: string; message: string }[]

/** A picture's words and provenance, as a reporter fills them in. */
export const FIELDS = {
  alt: 'An officer in handcuffs walks to an unmarked car',
  caption: 'Outside the central station.',
  credit: 'Bystander photo obtained by the newsroom',
  provenance: {
    howObtained: 'Sent to us by a bystander',
    capturedAt: 'the evening of the arrest',
    verificationStatus: 'partly-verified',
  },
}

/** Requests as the editor, and file downloads, to the test file's newsroom. */
export const fileRequestsOf = (suite: MediaSuite) => {
  /** `JWT …` for the editor's account, from a login over HTTP. */
  const editorAuthorization = async () => {
    const login = await fetch(`${suite.newsroom.baseURL}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: 'editor@test.newsroom',
        password: 'correct horse battery staple',
      }),
    })
    return `JWT ${(await login.json()).token}`
  }

  /** A stored file, as the editor (logged in afresh) or as a reader. */
  const download = async (url: string, who: 'anonymous' | 'editor' = 'editor') => {
    const headers: Record<string, string> = {}
    if (who === 'editor') {
      headers.authorization = await editorAuthorization()
    }
    const res = await fetch(new URL(url, suite.newsroom.baseURL), { headers })
    return { status: res.status, body: Buffer.from(await res.arrayBuffer()) }
  }

  return { editorAuthorization, download }
}
