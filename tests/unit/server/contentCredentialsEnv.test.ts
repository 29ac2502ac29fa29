import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { env } from '../../../src/server/env'

/** The app's Content Credentials settings from its environment: files read, mistakes named at the start. */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'c2pa-env-'))
const file = (name: string, text: string) => {
  fs.writeFileSync(path.join(dir, name), text)
  return path.join(dir, name)
}
const VARIABLES = ['C2PA_TRUST_ANCHORS', 'C2PA_SIGNING_CERTIFICATE', 'C2PA_SIGNING_KEY']
afterEach(() => VARIABLES.forEach((name) => delete process.env[name]))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('Content Credentials from the environment', () => {
  it('unset: nothing trusted, nothing signed', () => {
    expect(env.contentCredentialsTrustAnchors).toBe('')
    expect(env.contentCredentialsSigning).toBe(false)
  })

  it('the signing certificate and key are read from the files named, both or neither', () => {
    process.env.C2PA_SIGNING_CERTIFICATE = file('cert.pem', 'CERTIFICATE')
    process.env.C2PA_SIGNING_KEY = file('key.pem', 'KEY')
    expect(env.contentCredentialsSigning).toEqual({ certificate: 'CERTIFICATE', privateKey: 'KEY' })
    delete process.env.C2PA_SIGNING_KEY
    expect(() => env.contentCredentialsSigning).toThrow(/C2PA_SIGNING_KEY is not set/)
    process.env.C2PA_SIGNING_KEY = path.join(dir, 'missing.pem')
    expect(() => env.contentCredentialsSigning).toThrow(
      /C2PA_SIGNING_KEY: cannot read .*missing\.pem \(ENOENT\)/,
    )
  })

  it('trust anchors are read from the file named; one that cannot be read stops the start', () => {
    process.env.C2PA_TRUST_ANCHORS = file('anchors.pem', 'ANCHORS')
    expect(env.contentCredentialsTrustAnchors).toBe('ANCHORS')
    process.env.C2PA_TRUST_ANCHORS = path.join(dir, 'none.pem')
    expect(() => env.contentCredentialsTrustAnchors).toThrow(/C2PA_TRUST_ANCHORS: cannot read/)
  })
})
