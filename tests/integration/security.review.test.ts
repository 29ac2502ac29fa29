import { makeArticle, makeComment } from '../helpers/fixtures'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom'
import * as accounts from './security/accounts'
import * as anonymity from './security/anonymity'
import * as comments from './security/comments'
import { type SecurityReview } from './security/context'
import * as publishing from './security/publishing'
import * as queries from './security/queries'

/**
 * The security review's findings, each as the request that showed it, answered as it must be now.
 * REST and GraphQL wherever both apply.
 *
 * One newsroom for every finding (one Payload per test file): the findings are grouped by area in
 * tests/integration/security/ (comments, accounts, queries, anonymity, publishing), each module a
 * `describe` per finding, called here in the order this file has always run them: they share the
 * database, the story and the reader's comment made below, and the counters of the flood control
 * and the sign-in throttle.
 */
let newsroom: TestNewsroom
let article: any
let readerComment: any
let clients = 0
const newClient = () => ({ 'x-forwarded-for': `198.51.100.${++clients}` })

beforeAll(async () => {
  newsroom = await startNewsroom({ newsroom: { comments: { autoApproveReturning: true } } })
  article = await makeArticle(newsroom.payload, { title: 'Reviewed story' })
  readerComment = await makeComment(newsroom.payload, article.id, {
    authorName: 'Victim',
    authorEmail: 'victim@example.com',
    body: 'What I really think.',
  })
})
afterAll(async () => newsroom?.close())

const review: SecurityReview = {
  get newsroom() {
    return newsroom
  },
  get article() {
    return article
  },
  get readerComment() {
    return readerComment
  },
  newClient,
}

comments.cannotBeCopied(review)
accounts.onlyAdminsLiftALockout(review)
queries.noOracles(review)
queries.joinParametersGuardedLikeWhere(review)
comments.floodControl(review)
publishing.correctionFromErrorReport(review)
anonymity.anonymousSourceStaysAnonymous(review)
publishing.editorsDecide(review)
publishing.notChangedBehindTheirBacks(review)
accounts.staffAccountsNeitherFoundNorLockedOut(review)
accounts.passwordReset(review)
queries.graphqlNamesNoHiddenField(review)
queries.expectedRefusalsNotLoggedAsErrors(review)
publishing.scheduledPublishOnlyByPublishers(review)
