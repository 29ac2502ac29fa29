import { sharedNewsroom } from '../helpers/sharedNewsroom'
import commentsReportFlood from './comments.reportFlood'
import openapi from './openapi'

/**
 * The behaviours that run with a 30-second submission flood window, on one Payload and one
 * database: one `describe` per behaviour, each in its own module beside this file. openapi seeds the
 * story and checks real answers against its document; comments.reportFlood sends its reports from
 * addresses of its own.
 */
const newsroom = sharedNewsroom({ newsroom: { submissions: { floodSeconds: 30 } } })

describe('openapi', () => {
  openapi(newsroom.for('openapi'))
})
describe('comments.reportFlood', () => {
  commentsReportFlood(newsroom.for('comments.reportFlood'))
})
