export { QuoteBlockLabel } from '../../../collections/Articles/admin/QuoteBlockLabel'
/** The plugin's admin components (React Server Components), registered as `newsroom-payload/rsc#Name`. */
export { ModerationQueueLink } from '../../../collections/Comments/admin/ModerationQueueLink'
/** Server functions for the admin's root layout (`handleServerFunctions({ …, serverFunctions: newsroomServerFunctions })`). */
export {
  guardedSchedulePublish,
  mayCancelScheduledPublish,
  newsroomServerFunctions,
} from '../admin/schedulePublish'
export { WaitingForYou } from '../admin/WaitingForYou'
