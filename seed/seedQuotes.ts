/** Seeds the story's quotes, each attributed to its sources, matched by text and article. */
import { type DocID, findFirst, findOrCreate, type Step, tallyLine } from './seedStep'
import { QUOTES } from './storyData'

/** The story's quotes, keyed by text + article; one left without an article by an interrupted run is adopted. */
export const seedQuotes = async (
  step: Step,
  sourceIds: Record<string, DocID>,
  existingArticle: { id: DocID } | undefined,
) => {
  const { payload, req, report, log } = step
  const quoteIds: { text: string; id: DocID }[] = []
  const articleMatch = existingArticle
    ? [{ article: { equals: existingArticle.id } }, { article: { exists: false } }]
    : [{ article: { exists: false } }]
  for (const quote of QUOTES) {
    const doc = await findOrCreate(
      () =>
        findFirst(
          step,
          'quotes',
          { and: [{ text: { equals: quote.text } }, { or: articleMatch }] },
          'createdAt',
        ),
      () =>
        payload.create({
          collection: 'quotes',
          data: {
            text: quote.text,
            kind: quote.kind,
            speaker: sourceIds[quote.speaker],
            via: quote.via ? sourceIds[quote.via] : undefined,
            context: quote.context,
            article: existingArticle?.id,
          },
          req,
        }),
      report.quotes,
    )
    quoteIds.push({ text: quote.text, id: doc.id })
  }
  log(tallyLine('quotes', report.quotes))
  return quoteIds
}
