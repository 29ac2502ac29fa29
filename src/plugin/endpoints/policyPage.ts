import type { Endpoint } from 'payload'

import escapeHtml from 'escape-html'

import type { NewsroomSettings } from '../options'

import { readNewsroom } from '../syndication/newsroomFacts'

/**
 * `GET /api/globals/newsroom/policies/:policy`: a policy kept as text in the `newsroom` global, as
 * a plain page, for a host without pages of its own (this app serves /policies/:policy instead).
 */
export const policyPage = (settings: NewsroomSettings): Endpoint => ({
  path: '/policies/:policy',
  method: 'get',
  handler: async (req) => {
    const newsroom = await readNewsroom(req.payload, settings, req)
    const policy = newsroom.policies.find((candidate) => candidate.slug === req.routeParams?.policy)
    if (!policy) {
      return Response.json(
        {
          errors: [
            {
              message: `No such policy. Policies: ${newsroom.policies.map((one) => one.slug).join(', ')}.`,
            },
          ],
        },
        { status: 404 },
      )
    }
    const paragraphs = policy.text
      .split(/\n\s*\n/)
      .map((paragraph) => `<p>${escapeHtml(paragraph.trim())}</p>`)
    const html = `<!doctype html><html lang="${escapeHtml(newsroom.language)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(policy.title)} — ${escapeHtml(newsroom.name)}</title></head><body><main><h1>${escapeHtml(policy.title)}</h1>${paragraphs.join('')}</main></body></html>`
    return new Response(html, {
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'public, max-age=0, s-maxage=60',
      },
    })
  },
})
