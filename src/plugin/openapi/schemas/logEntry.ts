import { LOG_ENTRY_TYPES, valuesOf } from '../../vocabulary'
import { nullable, ref } from '../shared'

/** One public entry of a story’s update and correction log. */
export const logEntrySchema = () => ({
  type: 'object',
  additionalProperties: false,
  required: ['id', 'type', 'text', 'date'],
  properties: {
    id: { type: 'string' },
    type: { enum: valuesOf(LOG_ENTRY_TYPES) },
    text: {
      type: 'string',
      description:
        'A correction’s text; an update’s one line (the start of its text when the editors left it empty)',
    },
    date: { type: 'string' },
    headline: nullable({
      type: 'string',
      description: 'An update’s headline, if any (updates only; absent from older editions)',
    }),
    body: {
      description: 'An update’s text, Lexical JSON, quotes as in the story’s body; null: none',
    },
    html: nullable({
      type: 'string',
      description: 'An update’s text as safe HTML, quotes marked up as in bodyHtml; null: none',
    }),
    keyEvent: { type: 'boolean', description: 'Marked a key event by the editors (updates only)' },
    pinned: {
      type: 'boolean',
      description: 'The story opens with this update (one at most; updates only)',
    },
    authors: {
      type: 'array',
      items: ref('DeliveryAuthor'),
      description:
        'Who wrote this update, as the story’s authors print (withheld names included); empty: the story’s byline stands (updates only)',
    },
  },
})
