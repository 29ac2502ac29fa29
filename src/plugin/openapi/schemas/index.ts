import type { NewsroomSettings } from '../../options'

import { deliverySchemas } from './delivery'
import { restSchemas } from './rest'
import { submissionsSchemas } from './submissions'

/** The schemas the paths refer to; each is checked against real responses in tests/integration/openapi.test.ts. */
export const openApiSchemas = (settings: NewsroomSettings) => ({
  ...restSchemas(settings),
  ...deliverySchemas(settings),
  ...submissionsSchemas(settings),
})
