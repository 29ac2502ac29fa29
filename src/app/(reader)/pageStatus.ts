import { headers } from 'next/headers'

import { markPageStatus, PAGE_STATUS_HEADER } from '../../server/http/pageStatus'

/**
 * This page answers `status` (a 4xx) rather than 200, what it renders unchanged: the front server
 * sends the head with it (src/server/http/pageStatus.ts; only the pages it gives a key to).
 */
export const answerWithStatus = async (status: number) => {
  markPageStatus((await headers()).get(PAGE_STATUS_HEADER), status)
}
