import type { NewsroomSettings } from '../options'

import { authorPaths } from './authorPaths'
import { citationPaths } from './citationPaths'
import { commentPaths, commentThreadsPath } from './commentPaths'
import { editionPaths, republishPaths } from './editionPaths'
import { errorReportPath } from './errorReportPaths'
import { legalSignOffPath, takedownPath } from './legalPaths'
import { newsroomPaths } from './newsroomPaths'
import { searchPaths } from './searchPaths'
import { storyEventsPath, storyPaths } from './storyPaths'

/** The public endpoints: what frontends use without logging in, plus legal's two. */
export const openApiPaths = (settings: NewsroomSettings) => ({
  ...storyPaths(settings),
  ...editionPaths(settings),
  ...newsroomPaths(settings),
  ...storyEventsPath(settings),
  ...commentThreadsPath(settings),
  ...errorReportPath(settings),
  ...legalSignOffPath(settings),
  ...republishPaths(settings),
  ...takedownPath(settings),
  ...commentPaths(settings),
  ...citationPaths(settings),
  ...authorPaths(settings),
  ...(settings.search ? searchPaths() : {}),
})
