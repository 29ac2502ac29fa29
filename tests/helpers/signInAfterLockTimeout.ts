/**
 * Run as a process of its own (NODE_ENV and DATABASE_URI decide the app's config, as they do for the
 * server), on a database the app has migrated and given an admin (ADMIN_EMAIL / ADMIN_PASSWORD):
 * signs in through Payload's REST routes, asks for a password reset, then lets another connection
 * hold the write lock while a failed sign-in's write waits it out (DATABASE_LOCK_TIMEOUT_MS), and
 * signs in, publishes and reads right after. Prints what it saw as one line of JSON.
 */
import { createClient } from '@libsql/client'
import { getPayload } from 'payload'

import { restRoutes } from '../../src/plugin/guards'
import { createAppConfig } from '../../src/server/config'
import { lexicalParagraphs } from './fixtures'

const config = createAppConfig({ overrides: { logger: { options: { level: 'fatal' } } } })
const payload = await getPayload({ config })
const routes = restRoutes(config)
const call = async (
  method: keyof typeof routes,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) => {
  const response = await routes[method](
    new Request(`http://localhost/api/${path}`, {
      method,
      headers: {
        'x-forwarded-for': '192.0.2.200',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
    { params: Promise.resolve({ slug: path.replace(/\?.*$/, '').split('/') }) },
  )
  return {
    status: response.status,
    headers: response.headers,
    body: await response.json().catch(() => undefined),
  }
}
const admin = { email: process.env.ADMIN_EMAIL!, password: process.env.ADMIN_PASSWORD! }

const first = await call('POST', 'users/login', admin)
const forgot = await call('POST', 'users/forgot-password', { email: admin.email })

const holder = createClient({ url: process.env.DATABASE_URI! })
const held = await holder.transaction('write')
await held.execute("UPDATE payload_migrations SET updated_at = updated_at WHERE name = 'dev'")
// Held until the failed sign-in has given up waiting for it (after WRITE_LOCK_TIMEOUT_MS), however slow its hashing.
const failed = await call(
  'POST',
  'users/login',
  { email: admin.email, password: 'not the password' },
  { 'x-forwarded-for': '192.0.2.201' },
)
await held.commit()
holder.close()

const login = await call('POST', 'users/login', admin)
const auth = { authorization: `JWT ${login.body?.token}` }
const me = await call('GET', 'users/me', undefined, auth)
const draft = await payload.create({
  collection: 'articles',
  data: {
    title: 'Published after the timeout',
    body: lexicalParagraphs('Body text.'),
    _status: 'draft',
  } as never,
  overrideAccess: true,
})
const publish = await call('PATCH', `articles/${draft.id}`, { _status: 'published' }, auth)
const list = await call('GET', 'articles?draft=true&depth=0&limit=100', undefined, auth)

console.log(
  JSON.stringify({
    cookie: first.headers.get('set-cookie'),
    forgot: [forgot.status, forgot.body?.errors?.[0]?.message],
    failed: failed.status,
    login: login.status,
    me: me.body?.user?.email,
    publish: publish.status,
    titles: list.body?.docs?.map((doc: { title: string }) => doc.title),
    updatedAtShown: Boolean(list.body?.docs?.[0]?.updatedAt),
  }),
)
process.exit(0)
