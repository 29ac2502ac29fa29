import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const DEV_LOGINS_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'data', 'dev-logins.txt')

/** 18 random bytes: long enough that no development password is ever guessable or fixed. */
export const generatePassword = (): string => crypto.randomBytes(18).toString('base64url')

/**
 * A generated development login is printed once and kept in data/dev-logins.txt (git-ignored,
 * readable only by its owner), so it is not lost when the console scrolls away.
 */
export const appendDevLogin = ({ role, email, password }: { role: string; email: string; password: string }): void => {
  const line = `${role.padEnd(10)} ${email}  ${password}`
  console.log(`\n  Development login (printed once, also saved in data/dev-logins.txt):\n  ${line}\n`)
  fs.mkdirSync(path.dirname(DEV_LOGINS_FILE), { recursive: true })
  fs.appendFileSync(DEV_LOGINS_FILE, `${line}\n`, { mode: 0o600 })
}
