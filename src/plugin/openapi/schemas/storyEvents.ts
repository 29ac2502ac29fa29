import { ref } from '../shared'

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
            description: 'The first log entry this change published (see logEntries), or null',
            oneOf: [{ type: 'null' }, ref('LogEntry')],
          },
          logEntries: {
            type: 'array',
            items: ref('LogEntry'),
            description:
              'Every log entry this change published, oldest first: updates with their headline, HTML and key-event mark',
          },
          commentCount: { type: 'integer', minimum: 0 },
        },
      },
      { type: 'object', required: ['published'], properties: { published: { const: false } } },
    ],
  },
})
