/** The fetch-only client for frontends: `import { createNewsroomClient } from 'newsroom-payload/fetch-client'`. Nothing here may reach a package, types included. */
export { createNewsroomClient, NewsroomApiError } from '../client'
export * from '../vocabulary'
export type { CommentSubmission, DeliveryArticle, DeliveryComment, DeliveryImage, DeliveryQuote, DeliverySource, FieldError, NewsroomClient, NewsroomClientOptions, Paginated, PublicComment } from '../client'
export type { NewsroomDoc } from '../documents'
