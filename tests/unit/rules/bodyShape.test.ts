/** The plugin's pure rules: the body's shape (its quotes, whether it has words). */
import {
  hasWords,
  lexicalBody,
  paragraphNode,
  quoteNode,
  quoteRefsIn,
} from '../../../src/plugin/richText/lexical'
import { bodyCiting } from './documents'

describe('the body’s shape', () => {
  it('finds every inline quote in reading order, and knows a body with only a quote has words', () => {
    expect(quoteRefsIn(bodyCiting(5, 3, 9))).toEqual([5, 3, 9])
    expect(quoteRefsIn(null)).toEqual([])
    expect(hasWords(lexicalBody(paragraphNode(quoteNode(1, 'x'.repeat(24)))))).toBe(true)
    expect(hasWords({ root: { children: [{ type: 'paragraph', children: [] }] } })).toBe(false)
  })
})
