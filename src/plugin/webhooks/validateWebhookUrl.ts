import type { TextFieldSingleValidation } from 'payload'

import type { NewsroomSettings } from '../options'

import { targetProblem } from './safeTarget'

/** The url field's check on save: a URL that is not a public address (after DNS) is refused with the reason. */
export const validateWebhookUrl =
  (settings: NewsroomSettings): TextFieldSingleValidation =>
  async (value) => {
    if (typeof value !== 'string' || !value.trim()) {
      return 'Enter the URL that receives the webhooks.'
    }
    return (await targetProblem(value.trim(), settings.webhooks.allowedHosts)) ?? true
  }
