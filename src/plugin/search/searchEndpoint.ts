/**
 * `GET /api/search?q=…`: published stories found by their words, for readers and frontends (see
 * searchAnswers.ts, which a server in front of Payload also answers it with, without Payload).
 */
import type { Endpoint, PayloadRequest } from 'payload'

import type { NewsroomSettings } from '../options'

import { answerSearch } from './searchAnswers'
import { searchStories } from './searchQuery'

export const searchEndpoint = (settings: NewsroomSettings): Endpoint => ({
  path: '/search',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const answer = await answerSearch(
      (req.query ?? {}) as Record<string, unknown>,
      (params) => searchStories(req.payload, settings, params),
      settings.search ? settings.search.pageSize : 10,
    )
    return new Response(new Uint8Array(answer.body), {
      status: answer.status,
      headers: answer.headers,
    })
  },
})
