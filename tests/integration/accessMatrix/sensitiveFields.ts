/** Access matrix: who sees each sensitive field, over REST and GraphQL, at every depth. */
import { containsDeep } from '../../helpers/fixtures'
import { type Who } from '../../helpers/newsroom'
import { type AccessMatrix, ROLES } from './context'
import { SECRETS } from './fixtures'

export const sensitiveFieldsSeenOnlyByTheirReaders = (matrix: AccessMatrix) => {
  const SENSITIVE = [
    // Who an anonymous source is: editors and legal, never reporters.
    {
      name: 'an anonymous source’s former name',
      secret: SECRETS.formerName,
      readers: ['legal', 'editor', 'admin'],
    },
    {
      name: 'a source’s true identity',
      secret: SECRETS.identity,
      readers: ['legal', 'editor', 'admin'],
    },
    {
      name: 'a commenter’s email',
      secret: SECRETS.commenterEmail,
      readers: ['moderator', 'admin'],
    },
    { name: 'an error report', secret: SECRETS.reportText, readers: ['legal', 'editor', 'admin'] },
    {
      name: 'an error reporter’s email',
      secret: SECRETS.reportEmail,
      readers: ['legal', 'editor', 'admin'],
    },
    {
      name: 'an editorial note',
      secret: SECRETS.editorialNote,
      readers: ['reporter', 'legal', 'editor', 'admin'],
    },
    {
      name: 'a legal sign-off’s note',
      secret: SECRETS.signOffNote,
      readers: ['reporter', 'legal', 'editor', 'admin'],
    },
    {
      name: 'who filmed footage',
      secret: SECRETS.filmedBy,
      readers: ['reporter', 'legal', 'editor', 'admin'],
    },
    {
      name: 'where footage’s original is',
      secret: SECRETS.originalUrl,
      readers: ['reporter', 'legal', 'editor', 'admin'],
    },
    {
      name: 'who verified footage',
      secret: SECRETS.verifiedBy,
      readers: ['reporter', 'legal', 'editor', 'admin'],
    },
    {
      name: 'a quote’s staff title (its anonymous speaker beside its words)',
      secret: () => matrix.fixtures.quoteLabel as string,
      readers: ['reporter', 'legal', 'editor', 'admin'],
    },
    {
      name: 'an author’s email',
      secret: SECRETS.authorEmail,
      readers: ['reporter', 'legal', 'editor', 'admin'],
    },
    {
      name: 'an author whose byline is withheld',
      secret: SECRETS.withheldAuthor,
      readers: ['reporter', 'legal', 'editor', 'admin'],
    },
    {
      name: 'why a byline is withheld',
      secret: SECRETS.withholdingReason,
      readers: ['reporter', 'legal', 'editor', 'admin'],
    },
    {
      name: 'a picture’s usage rights',
      secret: SECRETS.rightsRestriction,
      readers: ['reporter', 'legal', 'editor', 'admin'],
    },
    {
      name: 'what a picture’s Content Credentials say',
      secret: SECRETS.credentialsSigner,
      readers: ['reporter', 'legal', 'editor', 'admin'],
    },
    { name: 'a webhook’s URL', secret: SECRETS.webhookUrl, readers: ['admin'] },
    { name: 'a webhook’s signing secret', secret: () => matrix.webhookSecret, readers: ['admin'] },
  ] as const

  describe('sensitive fields, over REST and GraphQL, at every depth, with select and populate', () => {
    const reads = (depth: number) => [
      `/api/articles?depth=${depth}`,
      `/api/articles/${matrix.fixtures.article.id}?depth=${depth}`,
      `/api/sources?depth=${depth}`,
      `/api/sources/${matrix.fixtures.source.id}?depth=${depth}&select[anonymity][trueIdentity]=true&select[description]=true`,
      `/api/quotes?depth=${depth}&populate[sources][anonymity]=true`,
      `/api/quotes/${matrix.fixtures.quote.id}?depth=${depth}&select[label]=true&select[text]=true`,
      `/api/comments?depth=${depth}&select[authorEmail]=true&select[body]=true`,
      `/api/comment-reports?depth=${depth}`,
      `/api/error-reports?depth=${depth}`,
      `/api/error-reports/${matrix.fixtures.report.id}?depth=${depth}`,
      `/api/comment-reports/${matrix.fixtures.flag.id}?depth=${depth}`,
      `/api/articles/slug/${matrix.fixtures.article.slug}`,
      `/api/articles/slug/${matrix.fixtures.article.slug}?format=jsonld`,
      `/api/sources?depth=${depth}&joins[quotedIn][limit]=0&where[kind][equals]=anonymous`,
      `/api/comments?depth=${depth}&joins[replies][limit]=0`,
      `/api/articles/versions?depth=${depth}`,
      `/api/webhooks?depth=${depth}`,
      `/api/webhooks/${matrix.fixtures.webhook.id}?depth=${depth}&select[secret]=true`,
      `/api/webhook-deliveries?depth=${depth}`,
      `/api/webhook-deliveries/${matrix.fixtures.delivery.id}?depth=${depth}`,
      `/api/editorial-notes?depth=${depth}`,
      `/api/media?depth=${depth}`,
      `/api/media/${matrix.fixtures.picture.id}?depth=${depth}`,
      `/api/editorial-notes/${matrix.fixtures.note.id}?depth=${depth}`,
      `/api/articles/${matrix.fixtures.article.id}?depth=${depth}&joins[editorialNotes][limit]=5`,
      `/api/articles?depth=${depth}&select[legalSignOff]=true&select[editorialNotes]=true`,
      `/api/articles/slug/${matrix.fixtures.article.slug}?format=ninjs`,
      `/api/authors?depth=${depth}&joins[stories][limit]=5`,
      `/api/authors/${matrix.fixtures.author.id}?depth=${depth}`,
      `/api/authors/${matrix.fixtures.withheldAuthor.id}?depth=${depth}`,
      `/api/authors/slug/matrix-author`,
      `/api/articles?depth=${depth}&select[authors]=true&select[byline]=true&select[withholdByline]=true`,
      `/api/articles/${matrix.fixtures.article.id}?depth=${depth}&select[updateLog]=true`,
    ]
    const graphql = `{
    Articles { docs { title body legalSignOff { note signedBy { email } } editorialNotes { docs { text } } } }
    EditorialNotes { docs { text article { title } } }
    allMedia { docs { alt source { name description anonymity { trueIdentity } } rights { restrictions } credentials { signedBy } } }
    Sources { docs { description name anonymity { reason trueIdentity approvedBy { email } } provenance { rights verificationMethod filmedBy originalUrl verifiedBy } quotedIn(limit: 0) { docs { text } } } }
    Quotes { docs { text label speaker { description anonymity { trueIdentity } } article { title } } }
    Comments { docs { body authorEmail ipHash parent { authorEmail } } }
    ErrorReports { docs { text email } }
    CommentReports { docs { reason comment { authorEmail } } }
    Webhooks { docs { url secret } }
    WebhookDeliveries { docs { payload webhook { url secret } } }
  }`
    // A second query: one this size stays under the GraphQL complexity limit.
    const authorsGraphql = `{
    Authors { docs { name email user { email } withholdByline { withheld reason } stories { docs { title } } } }
    Articles { docs { byline authors { role author { name email } } withholdByline { reason } updateLog { text authors { name email } } } }
  }`

    const cases = SENSITIVE.flatMap((field) =>
      ROLES.flatMap((who) =>
        [0, 1, 2, 3].map((depth) => ({
          ...field,
          who,
          depth,
          visible: (field.readers as readonly Who[]).includes(who),
        })),
      ),
    )

    it.each(cases)(
      '$name at depth $depth for $who → visible: $visible',
      async ({ secret, who, depth, visible }) => {
        const bodies: unknown[] = []
        for (const path of reads(depth)) {
          const res = await matrix.newsroom.api(who, 'GET', path)
          if (res.status >= 500) {
            throw new Error(`${who} GET ${path} → ${res.status} ${JSON.stringify(res.body)}`)
          }
          bodies.push(res.body)
        }
        const answer = (await matrix.newsroom.graphql(who, graphql)).body
        // The query itself is valid (a refused document is null with an error, the rest answered).
        if (who === 'admin') {
          expect(
            answer.data?.EditorialNotes?.docs?.length &&
              answer.data?.Articles?.docs?.length &&
              answer.data?.allMedia?.docs?.length,
          ).toBeTruthy()
        }
        bodies.push(answer, (await matrix.newsroom.graphql(who, authorsGraphql)).body)
        const seen = containsDeep(bodies, typeof secret === 'function' ? secret() : secret)
        if (visible) {
          expect(seen).toBe(true)
        } else {
          expect(seen).toBe(false)
        }
      },
    )
  })
}
