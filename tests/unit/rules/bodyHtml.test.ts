/** The plugin's pure rules: the body as HTML (quotes marked and attributed, every word escaped). */
import { bodyToHtml } from '../../../src/plugin/delivery/bodyHtml'
import { lexicalBody, paragraphNode, quoteNode } from '../../../src/plugin/richText/lexical'

describe('the body as HTML', () => {
  const quotes = [
    {
      id: 10,
      text: 'Named <words> & more',
      kind: 'verbatim' as const,
      speaker: 20,
      speakerTitle: null,
      via: null,
      context: null,
      saidAt: null,
    },
    {
      id: 11,
      text: 'Unnamed words',
      kind: 'paraphrase' as const,
      speaker: 'anonymous-1',
      speakerTitle: null,
      via: null,
      context: null,
      saidAt: null,
    },
  ]
  const html = bodyToHtml(
    lexicalBody(
      paragraphNode('He said “', quoteNode(10, 'a'.repeat(24)), '” <b>plainly</b>.'),
      paragraphNode(
        'Others ',
        quoteNode(11, 'b'.repeat(24)),
        ' (id 12: ',
        quoteNode(12, 'c'.repeat(24)),
        ')',
      ),
    ),
    quotes,
  )

  it('marks each quote, attributed to its source, and escapes every word', () => {
    expect(html).toContain(
      '<q class="quote" data-quote="10" cite="#source-20" aria-describedby="source-20" style="quotes: none">Named &lt;words&gt; &amp; more</q>',
    )
    expect(html).toContain(
      '<span class="quote quote--paraphrase" data-quote="11" data-paraphrase="" aria-describedby="source-anonymous-1">Unnamed words</span>',
    )
    expect(html).toContain('&lt;b&gt;plainly&lt;/b&gt;')
    expect(html).not.toMatch(/<b>|<script/)
  })

  it('reads exactly as the story: every paragraph in order; a quote readers may not see leaves nothing', () => {
    const paragraphs = [...html.matchAll(/<p[^>]*>(.*?)<\/p>/g)].map((match) =>
      match[1]
        .replace(/<[^>]+>/g, '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&'),
    )
    expect(paragraphs).toEqual([
      'He said “Named <words> & more” <b>plainly</b>.',
      'Others Unnamed words (id 12: )',
    ])
  })
})
