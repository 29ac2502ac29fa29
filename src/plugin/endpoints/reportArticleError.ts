import type { Endpoint } from 'payload'

import type { NewsroomSettings } from '../options'

import { findVisible, notFound, readJson } from './requestHelpers'

/**
 * `POST /api/articles/:id/error-reports`: a reader reports an error in an article. Only `text` and
 * `email` are taken from the body; the report is created with the reader's own (anonymous) access,
 * so the collection's validation and flood control apply exactly as for any other create.
 */
export const reportArticleError = (settings: NewsroomSettings): Endpoint => ({
  path: '/:id/error-reports',
  method: 'post',
  handler: async (req) => {
    const article = await findVisible(req, settings.slugs.articles, req.routeParams?.id)
    if (!article) {
      return notFound('No published article has this id.')
    }
    const { text, email } = await readJson(req)
    const report = await req.payload.create({
      collection: settings.slugs.errorReports,
      data: { article: article.id, text, email: email || undefined } as never,
      overrideAccess: false,
      req,
    })
    return Response.json(
      {
        message:
          'Thank you. Your report was sent to the editors, who will review it. It is not published.',
        id: report.id,
      },
      { status: 201 },
    )
  },
})
