/** Seeds the development accounts, and finds who approves anonymity and signs off for legal. */
import type { Role } from 'newsroom-payload'
import type { Payload, PayloadRequest } from 'payload'

import type { DevLogin } from '../src/server/accounts/devLogins'

import { accountFromEnv, ensureAccount } from '../src/server/accounts'
import { type DocID, type Step, tallyLine } from './seedStep'

/** The development accounts (production: only those whose password is configured) and who approved anonymity. */
export const seedAccounts = async ({ payload, req, report, log }: Step) => {
  const accounts: Partial<Record<(typeof SEEDED_ROLES)[number], DocID>> = {}
  const newLogins: DevLogin[] = []
  for (const role of SEEDED_ROLES) {
    const spec = accountFromEnv(role)
    const ensured = await ensureAccount(payload, spec, req)
    if (!ensured.id) {
      log(
        `  ${role}: not created (production: set ${role.toUpperCase()}_EMAIL and ${role.toUpperCase()}_PASSWORD to create it)`,
      )
      continue
    }
    accounts[role] = ensured.id
    report.accounts[ensured.created ? 'created' : 'existing']++
    if ('generatedPassword' in ensured && ensured.generatedPassword) {
      newLogins.push({ role, email: spec.email, password: ensured.generatedPassword })
    }
  }
  log(tallyLine('accounts', report.accounts))
  // The anonymous colleague's anonymity was approved by an editor: the seeded one, else any editor or admin.
  const approver = accounts.editor ?? accounts.admin ?? (await anyEditor(payload, req))
  if (approver === undefined) {
    throw new Error(
      'The seed records an editor as the approver of the anonymous source, and there is none: set ADMIN_EMAIL and ADMIN_PASSWORD (or EDITOR_…).',
    )
  }
  // The story's legal sign-off is recorded in the name of the seeded legal account (else an admin).
  const signer = accounts.legal ?? accounts.admin ?? (await anyOf(payload, req, ['legal', 'admin']))
  return { approver, signer, newLogins }
}

const SEEDED_ROLES = ['admin', 'editor', 'reporter', 'legal', 'moderator'] as const

const anyOf = async (
  payload: Payload,
  req: Partial<PayloadRequest>,
  roles: Role[],
): Promise<DocID | undefined> =>
  (
    await payload.find({
      collection: 'users',
      where: { roles: { in: roles } },
      sort: 'createdAt',
      limit: 1,
      depth: 0,
      req,
    })
  ).docs[0]?.id
const anyEditor = (payload: Payload, req: Partial<PayloadRequest>) =>
  anyOf(payload, req, ['editor', 'admin'])
