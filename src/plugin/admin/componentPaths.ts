/**
 * The plugin's admin components as Payload's import map finds them: `package#Export`, the way the
 * official plugins register theirs. In a host they resolve from the installed package; in this
 * repository tsconfig's `paths` send `newsroom-payload/*` to the source.
 */
export const ADMIN_COMPONENTS = {
  moderationQueueLink: 'newsroom-payload/rsc#ModerationQueueLink',
  quoteBlockLabel: 'newsroom-payload/rsc#QuoteBlockLabel',
  bodyProblems: 'newsroom-payload/admin#BodyProblems',
  insertQuoteFeature: 'newsroom-payload/admin#InsertQuoteFeatureClient',
  resendDeliveryButton: 'newsroom-payload/admin#ResendDeliveryButton',
  articleActionButton: 'newsroom-payload/admin#ArticleActionButton',
  waitingForYou: 'newsroom-payload/rsc#WaitingForYou',
  moderationActions: 'newsroom-payload/admin#ModerationActions',
  moderationStatusCell: 'newsroom-payload/admin#ModerationStatusCell',
  publishedLogEntryText: 'newsroom-payload/admin#PublishedLogEntryText',
  publishedLogEntryType: 'newsroom-payload/admin#PublishedLogEntryType',
  publicStateBadge: 'newsroom-payload/admin#PublicStateBadge',
  stageWithPublicStateCell: 'newsroom-payload/admin#StageWithPublicStateCell',
  editorsPublishButton: 'newsroom-payload/admin#EditorsPublishButton',
  newSpeakerField: 'newsroom-payload/admin#NewSpeakerField',
  editorsUnpublishButton: 'newsroom-payload/admin#EditorsUnpublishButton',
} as const
