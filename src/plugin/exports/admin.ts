/** The plugin's admin client components (React client components), registered as `newsroom-payload/admin#Name`. */
export { ResendDeliveryButton } from '../admin/ResendDeliveryButton'
export { ArticleActionButton } from '../admin/ArticleActionButton'
export { PublishedLogEntryText, PublishedLogEntryType } from '../admin/PublishedLogEntryField'
export { ModerationActions, ModerationStatusCell } from '../admin/ModerationActions'
export { BodyProblems } from '../admin/BodyProblems'
export { InsertQuoteFeatureClient } from '../admin/InsertQuoteFeatureClient'
export { PublicStateCell, PublicStateField } from '../admin/PublicState'
export { EditorsPublishButton, EditorsUnpublishButton } from '../admin/EditorsPublishButton'
