/**
 * The plugin's admin components as Payload's import map finds them: `package#Export`, the way the
 * official plugins register theirs. In a host they resolve from the installed package; in this
 * repository tsconfig's `paths` send `newsroom-payload/*` to the source.
 */
export const ADMIN_COMPONENTS = {
  moderationQueueLink: 'newsroom-payload/rsc#ModerationQueueLink',
  quoteBlockLabel: 'newsroom-payload/rsc#QuoteBlockLabel',
  bodyProblems: 'newsroom-payload/client#BodyProblems',
  insertQuoteFeature: 'newsroom-payload/client#InsertQuoteFeatureClient',
  resendDeliveryButton: 'newsroom-payload/client#ResendDeliveryButton',
  articleActionButton: 'newsroom-payload/client#ArticleActionButton',
  waitingForYou: 'newsroom-payload/rsc#WaitingForYou',
  moderationActions: 'newsroom-payload/client#ModerationActions',
  moderationStatusCell: 'newsroom-payload/client#ModerationStatusCell',
  publishedLogEntryText: 'newsroom-payload/client#PublishedLogEntryText',
  publishedLogEntryType: 'newsroom-payload/client#PublishedLogEntryType',
  publicStateBadge: 'newsroom-payload/client#PublicStateBadge',
  stageWithPublicStateCell: 'newsroom-payload/client#StageWithPublicStateCell',
  editorsPublishButton: 'newsroom-payload/client#EditorsPublishButton',
  newSpeakerField: 'newsroom-payload/client#NewSpeakerField',
  awaitingRepublish: 'newsroom-payload/client#AwaitingRepublish',
  editorsUnpublishButton: 'newsroom-payload/client#EditorsUnpublishButton',
  credentialsBanner: 'newsroom-payload/client#CredentialsBanner',
  credentialsStateCell: 'newsroom-payload/client#CredentialsStateCell',
} as const
