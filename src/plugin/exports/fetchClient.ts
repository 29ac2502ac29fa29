/** The fetch-only client for frontends: `import { createNewsroomClient } from 'newsroom-payload/fetch-client'`. Nothing here may reach a package, types included. */
export { createNewsroomClient, NewsroomApiError } from '../client'
export type {
  ChangedWords,
  CommentSubmission,
  DeliveryArticle,
  DeliveryAuthor,
  DeliveryAuthorPage,
  DeliveryAuthorProfile,
  DeliveryAuthorStory,
  DeliveryComment,
  DeliveryEdition,
  DeliveryEditionList,
  DeliveryEditionSummary,
  DeliveryImage,
  DeliveryQuote,
  DeliverySearchHit,
  DeliverySearchResults,
  DeliverySource,
  EditionChanges,
  EditionReason,
  FieldError,
  NewsroomClient,
  NewsroomClientOptions,
  Paginated,
  PublicComment,
} from '../client'
export type { NewsroomDoc } from '../documents'
export * from '../vocabulary'
