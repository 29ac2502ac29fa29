import type { Endpoint } from 'payload'

import { addDataAndFileToRequest } from 'payload'

import type { NewsroomSettings } from '../types'

/**
 * `POST /api/articles/:id/error-reports`: a reader reports an error in an article. Only `text` and
 * `email` are taken from the body; the report is created with the reader's own (anonymous) access,
 * so the collection's validation and flood control apply exactly as for any other create.
 */
export const reportArticleError = (settings: NewsroomSettings): Endpoint => ({
  path: '/:id/error-reports',
  method: 'post',
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const { text, email } = (req.data ?? {}) as { text?: unknown; email?: unknown }
    const report = await req.payload.create({
      collection: settings.slugs.errorReports,
      data: { article: req.routeParams?.id, text, email: email || undefined } as never,
      overrideAccess: false,
      req,
    })
    return Response.json(
      { message: 'Thank you. Your report was sent to the editors, who will review it. It is not published.', id: report.id },
      { status: 201 },
    )
  },
})
