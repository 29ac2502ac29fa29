/** Seeds the article itself from seed/story.txt: its body citing the quotes, published with the seed's sign-off. */
import { toSlug } from 'newsroom-payload'

import type { parseStory } from './parseStory'
import type { DocID, Step } from './seedStep'

import { seedSignOff, signOffKeptArticle } from './seedSignOff'
import { ARTICLE } from './storyData'
import { storyToLexical } from './storyToLexical'

/** The article itself, published, its body citing the quotes; kept as it is, or restored with `reset`. */
export const seedArticle = async (
  { payload, req, report, log }: Step,
  story: ReturnType<typeof parseStory>,
  quoteIds: { text: string; id: DocID }[],
  existing: { id: DocID } | undefined,
  reset: boolean,
  signer: DocID | undefined,
  authors: { author: DocID; role: 'written-by' }[],
) => {
  const slug = toSlug(story.headline)!
  const body = storyToLexical(story.paragraphs, quoteIds)
  const legalSignOff = await seedSignOff(req, signer, {
    title: story.headline,
    dek: ARTICLE.dek,
    body,
  })
  const data = {
    title: story.headline,
    slug,
    ...ARTICLE,
    authors,
    body,
    legalSignOff,
    _status: 'published' as const,
  }
  if (!existing) {
    report.article = 'created'
    report.articleId = (
      await payload.create({ collection: 'articles', data: data as never, req })
    ).id
  } else if (reset) {
    report.article = 'reset'
    report.articleId = (
      await payload.update({ collection: 'articles', id: existing.id, data, req })
    ).id
  } else {
    report.article = 'kept'
    report.articleId = existing.id
    await signOffKeptArticle({ payload, req, report, log }, existing.id, signer)
  }
  log(
    `  article: ${report.article} (id ${report.articleId}, /api/articles?where[slug][equals]=${slug})`,
  )
  // Quotes created before their article existed now point at it.
  for (const { id } of quoteIds) {
    const quote = await payload.findByID({ collection: 'quotes', id, depth: 0, req })
    if (quote.article == null) {
      await payload.update({ collection: 'quotes', id, data: { article: report.articleId }, req })
    }
  }
}
