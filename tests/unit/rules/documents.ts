/**
 * The plugin's pure rules: data in, a verdict out. No database, no server; milliseconds each. One
 * test file per rule in this folder; here, the documents they judge: a source, a quote of it, a
 * body citing quotes by id.
 */
import type { QuoteDoc, SourceDoc } from '../../../src/plugin/documents'

import { lexicalBody, paragraphNode, quoteNode } from '../../../src/plugin/richText/lexical'

export const source = (data: Partial<SourceDoc> & Pick<SourceDoc, 'kind'>): SourceDoc => ({
  id: Math.random(),
  description: 'a source',
  ...data,
})
export const quoteOf = (
  id: number,
  speaker: SourceDoc | undefined,
  extra: Partial<QuoteDoc> = {},
): QuoteDoc => ({ id, text: `Words ${id}`, kind: 'verbatim', speaker, ...extra })
export const bodyCiting = (...ids: number[]) =>
  lexicalBody(
    ...ids.map((id) =>
      paragraphNode('They said: “', quoteNode(id, `block${id}`.padEnd(24, '0')), '”'),
    ),
  )
