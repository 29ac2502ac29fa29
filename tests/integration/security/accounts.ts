/**
 * Security review (security.review.test.ts): staff accounts. Only admins lift a lockout; strangers
 * can neither find out which accounts exist (the same answer and the same hashing for an unknown
 * email, a wrong password and a locked account) nor lock an account out (a failing client is
 * throttled, not the account); password reset by email is refused when no transport is configured.
 */

import { ACCOUNTS, type TestNewsroom } from '../../helpers/newsroom'
import { type SecurityReview } from './context'

export const onlyAdminsLiftALockout = (review: SecurityReview) => {
  describe('only admins lift a lockout (8)', () => {
    let newsroom: TestNewsroom
    beforeAll(() => {
      newsroom = review.newsroom
    })

    it('a moderator or an editor cannot unlock any account; an admin can', async () => {
      for (const who of ['moderator', 'editor'] as const) {
        const res = await newsroom.api(who, 'POST', '/api/users/unlock', {
          email: ACCOUNTS.admin.email,
        })
        expect(res.status).toBe(403)
        const graphql = await newsroom.graphql(
          who,
          `mutation { unlockUser(email: "${ACCOUNTS.editor.email}") }`,
        )
        expect(graphql.body.data?.unlockUser ?? null).toBeNull()
      }
      expect(
        (await newsroom.api('admin', 'POST', '/api/users/unlock', { email: ACCOUNTS.editor.email }))
          .status,
      ).toBe(200)
    })
  })
}

export const staffAccountsNeitherFoundNorLockedOut = (review: SecurityReview) => {
  describe('staff accounts can be neither found out nor locked out by strangers (issue 27: 6)', () => {
    let newsroom: TestNewsroom
    beforeAll(() => {
      newsroom = review.newsroom
    })

    const login = (email: string, password: string, client: string) =>
      newsroom.api(
        'anonymous',
        'POST',
        '/api/users/login',
        { email, password },
        { 'x-forwarded-for': client },
      )
    const graphqlLogin = (email: string, password: string, client: string) =>
      newsroom.api(
        'anonymous',
        'POST',
        '/api/graphql',
        {
          query: `mutation { loginUser(email: ${JSON.stringify(email)}, password: ${JSON.stringify(password)}) { token } }`,
        },
        { 'x-forwarded-for': client },
      )

    it('answers an unknown email, a wrong password and a locked account alike, over REST and GraphQL', async () => {
      const locked = await newsroom.payload.create({
        collection: 'users',
        data: {
          email: 'locked@test.newsroom',
          password: 'the locked one',
          roles: ['editor'],
        } as never,
        overrideAccess: true,
      })
      await newsroom.payload.update({
        collection: 'users',
        id: locked.id,
        data: { lockUntil: new Date(Date.now() + 3_600_000).toISOString(), loginAttempts: 100 },
        overrideAccess: true,
      })
      const answers = [
        await login('nobody-here@test.newsroom', 'a guess', '203.0.113.1'),
        await login(ACCOUNTS.editor.email, 'a guess', '203.0.113.2'),
        await login('locked@test.newsroom', 'the locked one', '203.0.113.3'),
      ]
      for (const answer of answers) {
        expect([answer.status, answer.body]).toEqual([
          401,
          { errors: [{ message: 'The email or password provided is incorrect.' }] },
        ])
      }
      const graphql = [
        await graphqlLogin('nobody-here@test.newsroom', 'a guess', '203.0.113.4'),
        await graphqlLogin(ACCOUNTS.editor.email, 'a guess', '203.0.113.5'),
        await graphqlLogin('locked@test.newsroom', 'the locked one', '203.0.113.6'),
      ]
      const messages = graphql.map((answer) =>
        answer.body.errors?.map(
          (error: { message: string; extensions?: { statusCode?: number } }) => [
            error.message,
            error.extensions?.statusCode,
          ],
        ),
      )
      expect(messages).toEqual(
        Array(3).fill([['The email or password provided is incorrect.', 401]]),
      )
    })

    it('stops a client that keeps failing with 429 long before the account locks: its owner still signs in from elsewhere', async () => {
      const email = ACCOUNTS.moderator.email
      const statuses: number[] = []
      for (let attempt = 0; attempt < 12; attempt++) {
        statuses.push((await login(email, `guess ${attempt}`, '198.18.0.1')).status)
      }
      expect(statuses).toEqual([...Array(10).fill(401), 429, 429])
      const refused = await login(email, ACCOUNTS.moderator.password, '198.18.0.1')
      expect(refused.status).toBe(429)
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
      // Another address of the same IPv6 /64 is the same client.
      expect((await login(email, 'guess', '2001:db8:1:2::1')).status).toBe(401)
      // The owner, from another network, right password: in.
      const owner = await login(email, ACCOUNTS.moderator.password, '198.18.0.2')
      expect(owner.status).toBe(200)
      expect(owner.body.token).toEqual(expect.any(String))
    })

    it('spends the same password hashing on an unknown email as on a wrong password', async () => {
      const timed = async (email: string, client: string) => {
        const started = performance.now()
        expect((await login(email, 'not the password', client)).status).toBe(401)
        return performance.now() - started
      }
      const known: number[] = []
      const unknown: number[] = []
      // Interleaved, so both see the same load on the machine.
      for (let round = 0; round < 3; round++) {
        known.push(await timed(ACCOUNTS.reporter.email, `192.0.2.${10 + round}`))
        unknown.push(await timed(`nobody-${round}@test.newsroom`, `192.0.2.${20 + round}`))
      }
      const median = (values: number[]) => [...values].sort((a, b) => a - b)[1]
      // Before: ~0.45 s against ~0.03 s. Loose on purpose: the hashing dominates both.
      expect(median(unknown)).toBeGreaterThan(median(known) / 2)
    })
  })
}

export const passwordReset = (review: SecurityReview) => {
  describe('password reset by email (issue 27: 2)', () => {
    let newsroom: TestNewsroom
    const { newClient } = review
    beforeAll(() => {
      newsroom = review.newsroom
    })

    it('is refused with a 403 saying so when no email transport is configured, at once and for any email, REST and GraphQL', async () => {
      for (const email of [ACCOUNTS.admin.email, 'anyone@example.com']) {
        const started = Date.now()
        const res = await newsroom.api(
          'anonymous',
          'POST',
          '/api/users/forgot-password',
          { email },
          newClient(),
        )
        expect([res.status, res.body.errors?.[0]?.message]).toEqual([
          403,
          expect.stringMatching(/reset by email is not configured/),
        ])
        expect(Date.now() - started).toBeLessThan(2_000)
      }
      const graphql = await newsroom.api(
        'anonymous',
        'POST',
        '/api/graphql',
        { query: 'mutation { forgotPasswordUser(email: "anyone@example.com") }' },
        newClient(),
      )
      expect(graphql.body.errors?.[0]?.message).toMatch(/reset by email is not configured/)
    })
  })
}
