import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { env } from '../env'
import { dataDir } from '../paths'

const secretFile = path.join(dataDir, '.payload-secret')

/**
 * `PAYLOAD_SECRET` signs logins and should be set in production. Without it, a random secret is made
 * once and kept under ./data (git-ignored, beside the database it protects), so logins survive restarts
 * and no secret is ever committed or fixed.
 */
export const payloadSecret = (): string => {
  if (env.payloadSecret) {
    return env.payloadSecret
  }
  if (!fs.existsSync(secretFile)) {
    fs.mkdirSync(path.dirname(secretFile), { recursive: true })
    try {
      fs.writeFileSync(secretFile, crypto.randomBytes(32).toString('hex'), {
        mode: 0o600,
        flag: 'wx',
      })
    } catch (error) {
      // Another process made it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw error
      }
    }
  }
  return fs.readFileSync(secretFile, 'utf8').trim()
}
