import { LOG_ENTRY_TYPES, valuesOf } from '../../vocabulary'

/** One public entry of a story’s update and correction log. */
export const logEntrySchema = () => ({
  type: 'object',
  additionalProperties: false,
  required: ['id', 'type', 'text', 'date'],
  properties: {
    id: { type: 'string' },
    type: { enum: valuesOf(LOG_ENTRY_TYPES) },
    text: { type: 'string' },
    date: { type: 'string' },
  },
})
