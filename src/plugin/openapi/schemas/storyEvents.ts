import { LOG_ENTRY_TYPES, valuesOf } from '../../vocabulary'

/** The events of a story’s server-sent stream: ready, then each change readers see. */
export const storyEventSchemas = () => ({
  StoryReady: { type: 'object', required: ['etag'], properties: { etag: { type: 'string' } } },
  StoryChanged: {
    oneOf: [
      {
        type: 'object',
        required: ['etag', 'dateModified', 'logEntry', 'commentCount'],
        properties: {
          etag: {
            type: 'string',
            description:
              'The story’s new ETag: refetch GET …/slug/{slug} when it differs from yours',
          },
          dateModified: { type: ['string', 'null'], format: 'date-time' },
          logEntry: {
            oneOf: [
              { type: 'null' },
              {
                type: 'object',
                required: ['id', 'type', 'text', 'date'],
                properties: {
                  id: { type: 'string' },
                  type: { enum: valuesOf(LOG_ENTRY_TYPES) },
                  text: { type: 'string' },
                  date: { type: 'string', format: 'date-time' },
                },
              },
            ],
          },
          commentCount: { type: 'integer', minimum: 0 },
        },
      },
      { type: 'object', required: ['published'], properties: { published: { const: false } } },
    ],
  },
})
