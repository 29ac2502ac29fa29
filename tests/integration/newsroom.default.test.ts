import { sharedNewsroom } from '../helpers/sharedNewsroom'
import access from './access'
import cacheInvalidation from './cacheInvalidation'
import collectionsCrud from './collections.crud'
import delivery from './delivery'
import publicLists from './publicLists'
import quotesLabels from './quotes.labels'
import requestLimits from './requestLimits'
import retraction from './retraction'
import seed from './seed'
import seo from './seo'
import smoke from './smoke'
import sourcesAcrossStories from './sources.acrossStories'
import standardsCitations from './standards.citations'
import standardsPublishGate from './standards.publishGate'
import standardsUpdateLog from './standards.updateLog'
import validation from './validation'
import workflow from './workflow'

/**
 * Every behaviour that runs on the app's default configuration (`startNewsroom()`), on one Payload
 * and one database: one `describe` per behaviour, each in its own module beside this file.
 *
 * The order matters where a behaviour reads the whole database:
 * - smoke expects no article at all, so it runs first; requestLimits counts every article (its 105
 *   exactly), so it runs next; seed expects no comment and its own sources, so it runs next;
 * - the seeded story is then shared: delivery expects it without approved comments, publicLists
 *   expects every public quote to be the seeded story's, so both come before the behaviours that
 *   publish stories with quotes of their own;
 * - cacheInvalidation renames the newsroom (its global), so it runs last.
 * Not here although it uses the default options: security.origins.test.ts sets CORS_ORIGINS and
 * SERVER_URL in the environment before Payload boots (another configuration).
 */
const newsroom = sharedNewsroom()

describe('smoke', () => {
  smoke(newsroom.for('smoke'))
})
describe('requestLimits', () => {
  requestLimits(newsroom.for('requestLimits'))
})
describe('seed', () => {
  seed(newsroom.for('seed'))
})
describe('delivery', () => {
  delivery(newsroom.for('delivery'))
})
describe('publicLists', () => {
  publicLists(newsroom.for('publicLists'))
})
describe('access', () => {
  access(newsroom.for('access'))
})
describe('collections.crud', () => {
  collectionsCrud(newsroom.for('collections.crud'))
})
describe('quotes.labels', () => {
  quotesLabels(newsroom.for('quotes.labels'))
})
describe('retraction', () => {
  retraction(newsroom.for('retraction'))
})
describe('seo', () => {
  seo(newsroom.for('seo'))
})
describe('sources.acrossStories', () => {
  sourcesAcrossStories(newsroom.for('sources.acrossStories'))
})
describe('standards.citations', () => {
  standardsCitations(newsroom.for('standards.citations'))
})
describe('standards.publishGate', () => {
  standardsPublishGate(newsroom.for('standards.publishGate'))
})
describe('standards.updateLog', () => {
  standardsUpdateLog(newsroom.for('standards.updateLog'))
})
describe('validation', () => {
  validation(newsroom.for('validation'))
})
describe('workflow', () => {
  workflow(newsroom.for('workflow'))
})
describe('cacheInvalidation', () => {
  cacheInvalidation(newsroom.for('cacheInvalidation'))
})
