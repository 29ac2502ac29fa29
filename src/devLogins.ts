import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const defaultFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'data', 'dev-logins.txt')
/** Where generated development logins are kept (DEV_LOGINS_FILE overrides, e.g. for tests). */
export const devLoginsFile = (): string => process.env.DEV_LOGINS_FILE || defaultFile

/** 18 random bytes: long enough that no development password is ever guessable or fixed. */
export const generatePassword = (): string => crypto.randomBytes(18).toString('base64url')

/**
 * A generated development login is printed once and kept in data/dev-logins.txt (git-ignored,
 * readable only by its owner), so it is not lost when the console scrolls away.
 */
export const appendDevLogin = ({ role, email, password }: { role: string; email: string; password: string }): void => {
  const line = `${role.padEnd(10)} ${email}  ${password}`
  console.log(`\n  Development login (printed once, also saved in ${path.relative(process.cwd(), devLoginsFile())}):\n  ${line}\n`)
  const file = devLoginsFile()
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.appendFileSync(file, `${line}\n`, { mode: 0o600 })
}
