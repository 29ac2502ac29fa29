/** GraphQL once the plugin is in: the host's validation rules, then the document budget and the request size limits. */
import type { Config } from 'payload'

import type { NewsroomSettings } from '../options'

import { countOnlyJoinsRule, documentBudgetRule } from '../graphql/documentBudget'
import { fieldCountRule } from '../graphql/requestSize'
import { READER_PAGE_CAP } from '../readerPageCap'

export const withGraphQLLimits = (
  graphQL: Config['graphQL'],
  settings: NewsroomSettings,
): NonNullable<Config['graphQL']> => ({
  ...graphQL,
  validationRules: (args) => [
    ...(graphQL?.validationRules?.(args) ?? []),
    documentBudgetRule({
      maxDocuments: settings.graphQL.maxDocuments,
      maxPage: READER_PAGE_CAP,
    })(args),
    countOnlyJoinsRule(args),
    fieldCountRule(settings.graphQL),
  ],
})
