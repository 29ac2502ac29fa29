export { ArticleActionButton } from '../../../collections/Articles/admin/ArticleActionButton'
export { BodyProblems } from '../../../collections/Articles/admin/BodyProblems'
export {
  EditorsPublishButton,
  EditorsUnpublishButton,
} from '../../../collections/Articles/admin/EditorsPublishButton'
export { InsertQuoteFeatureClient } from '../../../collections/Articles/admin/InsertQuoteFeatureClient'
export {
  PublicStateBadge,
  StageWithPublicStateCell,
  StoryNotices,
} from '../../../collections/Articles/admin/PublicState'
export {
  PublishedLogEntryText,
  PublishedLogEntryType,
} from '../../../collections/Articles/admin/PublishedLogEntryField'
export {
  ModerationActions,
  ModerationStatusCell,
} from '../../../collections/Comments/admin/ModerationActions'
export {
  CredentialsBanner,
  CredentialsStateCell,
} from '../../../collections/Media/admin/CredentialsState'
export { NewSpeakerField } from '../../../collections/Quotes/admin/NewSpeakerField'
/**
 * The plugin's admin client components (React client components), registered as `newsroom-payload/client#Name`
 * (Payload's convention; `newsroom-payload/admin` is the same module, kept as an alias for one version).
 */
export { ResendDeliveryButton } from '../../../collections/WebhookDeliveries/admin/ResendDeliveryButton'
export { AwaitingRepublish } from '../admin/AwaitingRepublish'
