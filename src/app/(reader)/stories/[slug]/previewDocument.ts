import type {
  DeliveryArticle,
  DeliveryImage,
  DeliveryQuote,
  DeliverySource,
} from 'newsroom-payload/fetch-client'

import {
  bodyToHtml,
  bylineOf,
  type Credit,
  toDeliveryImage,
  toDeliverySource,
} from 'newsroom-payload/html'

import { READER_PATHS } from '../../../../server/routes/readerPaths'

type Row = Record<string, any>
const isDoc = (value: unknown): value is Row =>
  Boolean(value) && typeof value === 'object' && 'id' in (value as Row)

/** The quotes an editor's draft body cites, populated (the draft read at depth 3), in reading order. */
const quotesIn = (body: unknown): Row[] => {
  const found = new Map<unknown, Row>()
  const walk = (node: Row | undefined) => {
    if (!node || typeof node !== 'object') {
      return
    }
    if (node.fields?.blockType === 'quote' && isDoc(node.fields.quote)) {
      found.set(node.fields.quote.id, node.fields.quote)
    }
    if (Array.isArray(node.children)) {
      node.children.forEach(walk)
    }
  }
  walk((body as null | Row)?.root)
  return [...found.values()]
}

/** The pictures the draft body shows (populated), each once, in reading order. */
const picturesIn = (body: unknown): DeliveryImage[] => {
  const found = new Map<unknown, DeliveryImage>()
  const walk = (node: Row | undefined) => {
    if (!node || typeof node !== 'object') {
      return
    }
    const picture = node.type === 'upload' ? toDeliveryImage(node.value) : null
    if (picture) {
      found.set(picture.id, picture)
    }
    if (Array.isArray(node.children)) {
      node.children.forEach(walk)
    }
  }
  walk((body as null | Row)?.root)
  return [...found.values()]
}

/** The draft's credits (authors populated), as the story will print them. */
const creditsOfDraft = (draft: Row): Credit[] =>
  ((draft.authors ?? []) as Row[])
    .filter((credit) => isDoc(credit.author))
    .map((credit) => ({
      role: credit.role ?? 'written-by',
      author: {
        id: credit.author.id,
        name: credit.author.name ?? '',
        slug: credit.author.slug ?? '',
        kind: credit.author.kind,
        jobTitle: credit.author.jobTitle,
        sameAs: credit.author.sameAs,
        withheld: credit.author.withholdByline?.withheld === true,
      },
    }))

/**
 * An editor's draft (as REST or live preview gives it, quotes and sources populated) shaped like the
 * published story document, so the same view renders both. Runs on the server and in the browser.
 */
export const toPreviewDocument = (draft: Row): DeliveryArticle => {
  const populated = quotesIn(draft.body)
  const sources = new Map<unknown, DeliverySource>()
  for (const quote of populated) {
    for (const source of [quote.speaker, quote.via]) {
      if (isDoc(source)) {
        sources.set(source.id, toDeliverySource(source))
      }
    }
  }
  const quotes: DeliveryQuote[] = populated.map((quote) => ({
    id: quote.id,
    text: quote.text ?? '',
    kind: quote.kind ?? 'verbatim',
    speaker: isDoc(quote.speaker) ? quote.speaker.id : (quote.speaker ?? null),
    speakerTitle: quote.speakerTitle ?? null,
    via: isDoc(quote.via) ? quote.via.id : (quote.via ?? null),
    context: quote.context ?? null,
    saidAt: quote.saidAt ?? null,
  }))
  const bodyImages = picturesIn(draft.body)
  const heroImage = toDeliveryImage(draft.heroImage)
  return {
    id: draft.id,
    slug: draft.slug ?? '',
    title: draft.title ?? '',
    dek: draft.dek ?? null,
    retraction: null,
    heroImage,
    bodyImages,
    meta: {
      title: draft.meta?.title || draft.title || '',
      description: draft.meta?.description || draft.dek || null,
      image: toDeliveryImage(draft.meta?.image) ?? heroImage,
    },
    ...bylineOf(
      {
        credits: creditsOfDraft(draft),
        storyWithheld: draft.withholdByline?.withheld === true,
        handSet: draft.byline ?? null,
      },
      // The plugin's default withheld name, which this app keeps.
      { withheldName: 'Staff', authorUrl: ({ slug }) => READER_PATHS.author(slug) },
    ),
    storyStatus: draft.storyStatus ?? 'developing',
    tags: draft.tags ?? [],
    publishedAt: draft.publishedAt ?? null,
    dateModified: draft.dateModified ?? null,
    embargoedUntil: draft.embargoUntil ?? null,
    body: draft.body ?? null,
    bodyHtml: bodyToHtml(draft.body, quotes, { pictures: bodyImages }),
    quotes,
    sources: [...sources.values()],
    updateLog: (draft.updateLog ?? []).map((entry: Row) => ({
      id: entry.id,
      type: entry.type,
      text: entry.text ?? '',
      date: entry.date ?? new Date().toISOString(),
    })),
    logRevisions: [],
    commentsOpen: false,
    commentCount: 0,
    comments: { docs: [], page: 1, totalTopLevel: 0, hasMore: false },
  }
}
