import { AUTHOR_KINDS, AUTHOR_ROLES, valuesOf } from '../../vocabulary'
import { id, nullable, ref } from '../shared'

/** Someone credited on a story, in the story document; a withheld byline has no id, page or links. */
export const deliveryAuthorSchema = () => ({
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'slug', 'url', 'kind', 'role', 'jobTitle', 'sameAs'],
  description:
    'Someone credited on the story, in byline order, with what they did. A byline withheld for safety names the newsroom (“Staff”) with a null id, slug and url.',
  properties: {
    id: nullable(id),
    name: { type: 'string' },
    slug: nullable({ type: 'string' }),
    url: nullable({ type: 'string', description: 'The author’s page (profile, stories, feed)' }),
    kind: { enum: valuesOf(AUTHOR_KINDS) },
    role: { enum: valuesOf(AUTHOR_ROLES) },
    jobTitle: nullable({ type: 'string' }),
    sameAs: { type: 'array', items: { type: 'string' } },
  },
})

const profileProperties = {
  id,
  name: { type: 'string' },
  slug: { type: 'string' },
  kind: { enum: valuesOf(AUTHOR_KINDS) },
  jobTitle: nullable({ type: 'string' }),
  bio: nullable({ type: 'string' }),
}

/** `GET /api/authors/slug/{slug}`: the public profile and a page of published stories. */
export const authorPageSchema = () => ({
  type: 'object',
  additionalProperties: false,
  required: ['author', 'stories'],
  properties: {
    author: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'name', 'slug', 'kind', 'jobTitle', 'bio', 'photo', 'sameAs', 'url'],
      properties: {
        ...profileProperties,
        photo: nullable(ref('DeliveryImage')),
        sameAs: { type: 'array', items: { type: 'string' } },
        url: { type: 'string' },
      },
    },
    stories: {
      type: 'object',
      additionalProperties: false,
      required: ['docs', 'page', 'limit', 'totalDocs', 'totalPages', 'hasNextPage'],
      properties: {
        docs: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: [
              'id',
              'title',
              'slug',
              'dek',
              'publishedAt',
              'dateModified',
              'retracted',
              'roles',
            ],
            properties: {
              id,
              title: { type: 'string' },
              slug: { type: 'string' },
              dek: nullable({ type: 'string' }),
              publishedAt: nullable({ type: 'string' }),
              dateModified: nullable({ type: 'string' }),
              retracted: { type: 'boolean' },
              roles: { type: 'array', items: { enum: valuesOf(AUTHOR_ROLES) } },
            },
          },
        },
        page: { type: 'integer', minimum: 1 },
        limit: { type: 'integer', minimum: 1 },
        totalDocs: { type: 'integer', minimum: 0 },
        totalPages: { type: 'integer', minimum: 0 },
        hasNextPage: { type: 'boolean' },
      },
    },
  },
})

/** An author as readers get it over REST: the public profile only (no email, account or withholding). */
export const publicAuthorSchemas = () => ({
  PublicAuthor: {
    type: 'object',
    required: ['id', 'name', 'slug', 'kind'],
    description: 'An author a published story credits by name, as readers get it over REST',
    properties: {
      ...profileProperties,
      photo: nullable({ anyOf: [id, { type: 'object' }] }),
      sameAs: {
        type: 'array',
        items: { type: 'object', properties: { id: { type: 'string' }, url: { type: 'string' } } },
      },
      publicProfile: { type: 'boolean' },
    },
    not: {
      anyOf: [
        { required: ['email'] },
        { required: ['user'] },
        { required: ['withholdByline'] },
        { required: ['stories'] },
      ],
    },
  },
  AuthorList: {
    type: 'object',
    required: ['docs', 'totalDocs', 'page', 'totalPages', 'hasNextPage'],
    properties: {
      docs: { type: 'array', items: ref('PublicAuthor') },
      totalDocs: { type: 'integer' },
      page: { type: 'integer' },
      totalPages: { type: 'integer' },
      hasNextPage: { type: 'boolean' },
    },
  },
})
