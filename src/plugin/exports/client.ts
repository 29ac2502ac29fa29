/**
 * The plugin's admin client components (React client components), registered as `newsroom-payload/client#Name`
 * (Payload's convention; `newsroom-payload/admin` is the same module, kept as an alias for one version).
 */
export { ResendDeliveryButton } from '../admin/ResendDeliveryButton'
export { ArticleActionButton } from '../admin/ArticleActionButton'
export { PublishedLogEntryText, PublishedLogEntryType } from '../admin/PublishedLogEntryField'
export { ModerationActions, ModerationStatusCell } from '../admin/ModerationActions'
export { BodyProblems } from '../admin/BodyProblems'
export { InsertQuoteFeatureClient } from '../admin/InsertQuoteFeatureClient'
export { PublicStateBadge, StageWithPublicStateCell, StoryNotices } from '../admin/PublicState'
export { EditorsPublishButton, EditorsUnpublishButton } from '../admin/EditorsPublishButton'
export { NewSpeakerField } from '../admin/NewSpeakerField'
