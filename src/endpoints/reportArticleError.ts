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
    const { docs } = await req.payload.find({
      collection: settings.slugs.articles,
      where: { id: { equals: req.routeParams?.id } },
      depth: 0,
      limit: 1,
      select: { title: true },
      overrideAccess: false,
      req,
    })
    const article = docs[0]
    if (!article) return Response.json({ errors: [{ message: 'No published article has this id.' }] }, { status: 404 })

    await addDataAndFileToRequest(req)
    const { text, email } = (req.data ?? {}) as { text?: unknown; email?: unknown }
    const report = await req.payload.create({
      collection: settings.slugs.errorReports,
      data: { article: article.id, text, email: email || undefined } as never,
      overrideAccess: false,
      req,
    })
    return Response.json(
      { message: 'Thank you. Your report was sent to the editors, who will review it. It is not published.', id: report.id },
      { status: 201 },
    )
  },
})
