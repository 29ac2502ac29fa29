/** The REST side once the plugin is in: its OpenAPI endpoint beside the host's, and how errors are answered and logged. */
import type { Config } from 'payload'

import type { accountProtection } from '../auth/accountProtection'
import type { NewsroomSettings } from '../options'

import { openApi } from '../endpoints/openApi'
import {
  answerMissingReferenceWith400,
  answerRejectedValueWith400,
  answerWriteConflictWith503,
} from '../hooks/answerDatabaseRefusals'
import { describeInputErrors } from '../hooks/describeInputErrors'
import { searchEndpoint } from '../search/searchEndpoint'

/** The plugin's config-level endpoints: the OpenAPI document and search (the others are on its collections). */
export const withOpenApiEndpoint = (
  endpoints: Config['endpoints'],
  settings: NewsroomSettings,
): NonNullable<Config['endpoints']> => [
  ...(endpoints ?? []),
  openApi(settings),
  ...(settings.search ? [searchEndpoint(settings)] : []),
]

/**
 * After the host's afterError hooks: what Payload would answer with a 500 answered as what it is (a
 * write conflict 503, a refused value or a missing reference 400, input errors described), and a
 * failed sign-in counted against its client (../auth/accountProtection).
 */
export const withErrorAnswers = (
  hooks: Config['hooks'],
  accounts: ReturnType<typeof accountProtection>,
): NonNullable<Config['hooks']> => ({
  ...hooks,
  afterError: [
    ...(hooks?.afterError ?? []),
    answerWriteConflictWith503,
    answerRejectedValueWith400,
    answerMissingReferenceWith400,
    describeInputErrors,
    accounts.afterError,
  ],
})

/** The plugin's refusals (a flood's 429, a reporter's refused publish) are answers, not server errors: one info line each. */
export const withRefusalsLoggedAsInfo = (
  loggingLevels: Config['loggingLevels'],
): Config['loggingLevels'] => ({
  ...({ RefusedRequest: 'info' } as Config['loggingLevels']),
  ...loggingLevels,
})
