/** The reader site's page checks, shared by its areas: axe's serious and critical violations, and html-validate's findings. */
import type { Page } from 'playwright-core'

import AxeBuilder from '@axe-core/playwright'
import { HtmlValidate } from 'html-validate'

/** Axe's serious and critical violations on the page as it is now (axe runs in the page: it needs JavaScript). */
export const seriousAxeViolations = async (page: Page): Promise<string[]> => {
  const { violations } = await new AxeBuilder({ page }).analyze()
  return violations
    .filter((violation) => ['critical', 'serious'].includes(violation.impact ?? ''))
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`)
}

const htmlValidate = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // React's and Next's markup, valid HTML in a style of its own: camelCase attribute names
    // (HTML's are case-insensitive), useId's ids ("_R_…": any id without spaces is valid),
    // `hidden=""`, inline styles and scripts without integrity hashes (same origin).
    'attr-case': 'off',
    'valid-id': ['error', { relaxed: true }],
    'attribute-empty-style': 'off',
    'attribute-boolean-style': 'off',
    'no-inline-style': 'off',
    'require-sri': 'off',
    'script-type': 'off',
    'void-style': 'off',
    'no-trailing-whitespace': 'off',
    'long-title': 'off',
  },
})

/** What html-validate finds in a page's HTML (as the server sent it), one line each. */
export const htmlValidationMessages = async (html: string): Promise<string[]> => {
  const report = await htmlValidate.validateString(html)
  return report.results
    .flatMap((result) => result.messages)
    .map((message) => `${message.ruleId}: ${message.message} (${message.selector})`)
}
