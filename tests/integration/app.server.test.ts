import { type AppProcess, startApp } from '../helpers/appProcess'
import { commentPages } from './appServer/commentPages'
import { type AppServer, FRONTEND } from './appServer/context'
import { cors } from './appServer/cors'
import { frontChain } from './appServer/frontChain'
import { hotPath } from './appServer/hotPath'
import { loginCookie } from './appServer/loginCookie'
import { startup } from './appServer/startup'

/**
 * The app as a new user runs it: `npm run dev` starts express, which bootstraps the database and
 * hosts Payload's Next app. Slow (Next compiles on first request), so one file covers it.
 *
 * One app for every area: the areas are modules in tests/integration/appServer/ (startup, hotPath,
 * commentPages, frontChain, cors, loginCookie), called here in the order this file has always run
 * them, on the same database.
 */
let app: AppProcess
beforeAll(async () => {
  app = await startApp({
    env: {
      ADMIN_EMAIL: 'chief@newsroom.test',
      ADMIN_PASSWORD: 'first admin password',
      CORS_ORIGINS: FRONTEND,
    },
  })
}, 200_000)
afterAll(async () => app?.stop())

const appServer: AppServer = {
  get app() {
    return app
  },
}

startup(appServer)
hotPath(appServer)
commentPages(appServer)
frontChain(appServer)
cors(appServer)
loginCookie(appServer)
