/** The story as schema.org NewsArticle JSON-LD (`?format=jsonld`): the properties it always has. */
export const newsArticleJsonLdSchema = () => ({
  type: 'object',
  required: ['@context', '@type', 'headline', 'citation', 'correction'],
  properties: {
    '@context': { const: 'https://schema.org' },
    '@type': { const: 'NewsArticle' },
    headline: { type: 'string' },
    citation: {
      type: 'array',
      items: {
        type: 'object',
        required: ['@type', 'text'],
        properties: { '@type': { const: 'Quotation' } },
      },
    },
    correction: {
      type: 'array',
      items: {
        type: 'object',
        required: ['@type', 'text'],
        properties: { '@type': { const: 'CorrectionComment' } },
      },
    },
  },
})
