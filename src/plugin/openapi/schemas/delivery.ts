import type { NewsroomSettings } from '../../options'

import { authorPageSchema, deliveryAuthorSchema, publicAuthorSchemas } from './authors'
import { commentThreadsSchema, threadCommentSchema } from './commentThreads'
import { deliveryArticleSchema } from './deliveryArticle'
import { deliveryImageSchema } from './deliveryImage'
import { editionSchemas } from './editions'
import { newsArticleJsonLdSchema } from './jsonLd'
import { logEntrySchema } from './logEntry'
import { searchSchemas } from './search'
import { storyEventSchemas } from './storyEvents'

/** The story as delivered: its document, pictures, log, comment threads, JSON-LD and stream events. */
export const deliverySchemas = (_settings: NewsroomSettings) => ({
  CommentThreads: commentThreadsSchema(),
  ...storyEventSchemas(),
  ThreadComment: threadCommentSchema(),
  LogEntry: logEntrySchema(),
  DeliveryImage: deliveryImageSchema(),
  DeliveryAuthor: deliveryAuthorSchema(),
  AuthorPage: authorPageSchema(),
  ...searchSchemas(),
  ...publicAuthorSchemas(),
  DeliveryArticle: deliveryArticleSchema(),
  ...editionSchemas(),
  NewsArticleJsonLd: newsArticleJsonLdSchema(),
})
