/** Fuzz generators: GraphQL queries and mutations with odd arguments. */
import fc from 'fast-check'

/** GraphQL as a client might send it: list queries with odd where/sort/limit, by-id lookups, joins, mutations. */
const gqlValue = fc.oneof(
  fc.string({ maxLength: 20 }).map((text) => JSON.stringify(text)),
  fc.integer().map(String),
  fc.constantFrom('true', 'null', '"%00"', '"yesterday"', '2147483648', '1e3', '[1, "a"]'),
)
export const gqlQuery = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(
        'Articles',
        'Editions',
        'Sources',
        'Quotes',
        'Comments',
        'Users',
        'ErrorReports',
        'CommentReports',
        'Webhooks',
        'WebhookDeliveries',
        'EditorialNotes',
        'allMedia',
        'Authors',
      ),
      fc.constantFrom(
        'id',
        'title',
        'status',
        'article',
        'speaker',
        'createdAt',
        'updatedAt',
        'authorEmail',
        'parent',
        'url',
        'events',
        'webhook',
        'messageId',
        'stage',
        'assignedEditor',
        'resolved',
        'author',
        'label',
        'publicProfile',
        'withholdByline__withheld',
      ),
      fc.constantFrom(
        'equals',
        'not_equals',
        'in',
        'like',
        'greater_than',
        'exists',
        'all',
        'near',
      ),
      gqlValue,
      fc.integer({ min: -5, max: 500 }),
      fc.constantFrom('', '"-createdAt"', '"updatedAt"', '"bogus"'),
    )
    .map(
      ([collection, field, op, value, limit, sort]) =>
        `{ ${collection}(where: { ${field}: { ${op}: ${value} } }, limit: ${limit}${sort ? `, sort: ${sort}` : ''}) { docs { id } totalDocs } }`,
    ),
  fc
    .tuple(fc.constantFrom('Article', 'Edition', 'Source', 'Quote', 'Comment', 'User'), gqlValue)
    .map(([single, id]) => `{ ${single}(id: ${id}) { id } }`),
  fc
    .tuple(fc.integer({ min: -1, max: 300 }), gqlValue)
    .map(
      ([limit, value]) =>
        `{ Sources { docs { quotedIn(limit: ${limit}, where: { article: { equals: ${value} } }, count: true) { totalDocs docs { id } } } } }`,
    ),
  fc
    .tuple(fc.integer({ min: -1, max: 300 }), gqlValue)
    .map(
      ([limit, value]) =>
        `{ Comments { docs { replies(limit: ${limit}, where: { createdAt: { equals: ${value} } }) { docs { id } } } } }`,
    ),
  fc
    .tuple(gqlValue, gqlValue)
    .map(
      ([id, body]) =>
        `mutation { createComment(data: { article: ${id}, authorName: "F", authorEmail: "f@example.com", body: ${body} }) { id } }`,
    ),
  fc.tuple(gqlValue).map(([id]) => `mutation { duplicateArticle(id: ${id}) { id } }`),
  fc
    .tuple(gqlValue, gqlValue)
    .map(
      ([url, event]) =>
        `mutation { createWebhook(data: { url: ${url}, events: [${event}] }) { id secret } }`,
    ),
  fc
    .tuple(gqlValue)
    .map(
      ([id]) => `mutation { updateWebhookDelivery(id: ${id}, data: { status: delivered }) { id } }`,
    ),
  fc
    .tuple(gqlValue, gqlValue)
    .map(
      ([name, language]) =>
        `mutation { updateNewsroom(data: { name: ${name}, language: ${language} }) { name } }`,
    ),
  fc.constant('{ Newsroom { name language policies { corrections { url text } } } }'),
  fc
    .tuple(gqlValue, gqlValue)
    .map(
      ([article, text]) =>
        `mutation { createEditorialNote(data: { article: ${article}, text: ${text} }) { id } }`,
    ),
  fc
    .tuple(gqlValue, gqlValue)
    .map(
      ([id, stage]) =>
        `mutation { updateArticle(id: ${id}, draft: true, data: { stage: ${stage}, legalSignOff: { note: ${stage} } }) { id } }`,
    ),
  fc
    .tuple(fc.integer({ min: -1, max: 300 }))
    .map(
      ([limit]) =>
        `{ Articles { docs { editorialNotes(limit: ${limit}) { docs { text } } stageHistory { note } legalSignOff { note } } } }`,
    ),
  fc
    .tuple(gqlValue, gqlValue, gqlValue)
    .map(
      ([id, text, image]) =>
        `mutation { updateArticle(id: ${id}, draft: true, data: { meta: { title: ${text}, description: ${text}, image: ${image} } }) { id meta { title description image { id } } } }`,
    ),
  fc.constant(
    '{ Articles { docs { meta { title description image { id url alt sizes { wide16x9 { url } } } } } } }',
  ),
)
