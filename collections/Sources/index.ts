import type { CollectionConfig, Condition, FieldAccess, FieldHook } from 'payload'

import { relationship } from 'payload/shared'

import type { NewsroomSettings } from '../../src/plugin/options'

import {
  citedByPublishedOrStaff,
  editorialStaffOnlyField,
  editorsOnly,
  editorsOnlyField,
  identitiesField,
  isEditor,
  isEditorialStaff,
  seesIdentities,
  storyWriters,
  writersUntilPublished,
} from '../../src/plugin/access'
import { protectSourceMadeAnonymous } from '../../src/plugin/editions/safety'
import { awaitingRepublishField } from '../../src/plugin/fields/awaitingRepublish'
import { publishedInField } from '../../src/plugin/fields/publishedIn'
import { timestampFields } from '../../src/plugin/fields/timestamps'
import { relabelQuotesOfSource } from '../../src/plugin/hooks/labelQuotes'
import { APPROVING_ROLES, SOURCE_KINDS, VERIFICATION_STATUSES } from '../../src/plugin/vocabulary'
import { keepAnonymousIdentityPrivate } from './hooks/keepAnonymousIdentityPrivate'
import { listArticlesQuotingSource } from './hooks/listArticlesQuotingSource'
import { nullGroupsOfOtherKinds } from './hooks/nullGroupsOfOtherKinds'

const isKind =
  (kind: string): Condition =>
  (data) =>
    data?.kind === kind

const isBlank = (value: unknown) => value === undefined || value === null || value === ''

/**
 * Required only for sources of one kind (the group is hidden for the others), then Payload's own
 * validation for the field type, if any.
 */
const requiredFor =
  (
    kind: string,
    what: string,
    base?: (value: any, options: any) => Promise<string | true> | string | true,
  ) =>
  async (
    value: unknown,
    options: { data: Partial<{ kind: string }> } & Record<string, any>,
  ): Promise<string | true> => {
    if (options.data?.kind === kind && isBlank(value)) {
      return `${what} is required for a source of this kind.`
    }
    return base ? base(value, options) : true
  }

const footageNeedsAStatus = requiredFor('footage', 'The verification status')
const editorsMustAssessFootage = (
  value: unknown,
  options: Parameters<typeof footageNeedsAStatus>[1],
) => (isEditor(options.req?.user) ? footageNeedsAStatus(value, options) : true)

/** Footage added by someone who may not assess it is unverified until an editor says otherwise. */
const footageStartsUnverified: FieldHook = ({ value, data, req }) =>
  isBlank(value) && data?.kind === 'footage' && !isEditor(req.user) ? 'unverified' : value

/** Where an anonymous source was quoted (which can identify them) stays inside the newsroom. */
const notAboutAnonymousUnlessStaff: FieldAccess = ({ req, doc }) =>
  isEditorialStaff(req.user) || doc?.kind !== 'anonymous'
/** An anonymous source's name is an identity: editors and legal only. */
const notAnonymousNameUnlessIdentities: FieldAccess = ({ req, doc }) =>
  seesIdentities(req.user) || doc?.kind !== 'anonymous'

export const Sources = (settings: NewsroomSettings): CollectionConfig => ({
  slug: settings.slugs.sources,
  labels: { singular: 'Source', plural: 'Sources' },
  admin: {
    group: settings.groups.newsroom,
    useAsTitle: 'description',
    defaultColumns: ['description', 'kind', 'role', 'provenance.verificationStatus', 'updatedAt'],
    listSearchableFields: ['description', 'name', 'role'],
  },
  defaultSort: 'description',
  // Populated (a quote's speaker): what a reader is shown of a source, not the articles and quotes joined to it.
  defaultPopulate: {
    description: true,
    kind: true,
    name: true,
    role: true,
    anonymity: true,
    provenance: true,
  },
  hooks: {
    beforeChange: [keepAnonymousIdentityPrivate],
    afterChange: [relabelQuotesOfSource(settings), protectSourceMadeAnonymous(settings)],
    afterRead: [nullGroupsOfOtherKinds],
  },
  access: {
    read: citedByPublishedOrStaff,
    create: storyWriters,
    update: writersUntilPublished,
    delete: editorsOnly,
  },
  fields: [
    awaitingRepublishField(settings, 'source'),
    // First: the kind decides which of the other fields apply.
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: [...SOURCE_KINDS],
      // Whether a source is anonymous or footage decides whether legal must review a story: a reporter
      // chooses it for a new source; changing it afterwards is an editor's decision.
      access: { update: editorsOnlyField },
      admin: {
        description:
          'Choose first: it decides what else the form asks (anonymity, provenance). Only an editor can change it later.',
      },
    },
    {
      name: 'description',
      type: 'text',
      required: true,
      index: true,
      maxLength: 300,
      admin: {
        description:
          'How the story refers to this source, as printed: “a colleague who spoke on condition of anonymity”.',
      },
    },
    {
      name: 'name',
      type: 'text',
      maxLength: 200,
      // Emptied when a source becomes anonymous (see keepAnonymousIdentityPrivate); hidden too, for any row from before.
      access: { read: notAnonymousNameUnlessIdentities },
      admin: {
        condition: (data) => data?.kind !== 'anonymous',
        description: 'The public name of the person, body or account, if the story names it.',
      },
    },
    {
      name: 'role',
      type: 'text',
      maxLength: 200,
      admin: { description: 'Title or role as printed, e.g. “police spokesperson”.' },
    },
    {
      name: 'anonymity',
      type: 'group',
      admin: {
        condition: isKind('anonymous'),
        description:
          'SPJ and AP standards: say why anonymity was granted, and an editor must know who the source is.',
      },
      fields: [
        {
          name: 'reason',
          type: 'textarea',
          maxLength: 1000,
          validate: requiredFor('anonymous', 'The reason anonymity was granted'),
          admin: { description: 'Why this source could not be named; readers may be told this.' },
        },
        {
          name: 'approvedBy',
          type: 'relationship',
          relationTo: settings.slugs.users,
          // Only an editor can approve anonymity; this also checks the account exists.
          filterOptions: { roles: { in: APPROVING_ROLES } },
          validate: requiredFor('anonymous', 'The approving editor', relationship),
          // A reporter may propose an anonymous source; only an editor records the approval.
          access: {
            read: editorialStaffOnlyField,
            create: editorsOnlyField,
            update: editorsOnlyField,
          },
          admin: { description: 'The editor who approved granting anonymity.' },
        },
        {
          name: 'trueIdentity',
          type: 'textarea',
          maxLength: 2000,
          access: { read: identitiesField, create: identitiesField, update: identitiesField },
          admin: {
            description:
              'Who the source really is and how to reach them. Visible to editors and legal only, never published.',
          },
        },
      ],
    },
    {
      name: 'provenance',
      type: 'group',
      admin: {
        condition: isKind('footage'),
        description: 'Where the footage or recording came from and how far it has been verified.',
      },
      fields: [
        {
          name: 'howObtained',
          type: 'textarea',
          maxLength: 1000,
          admin: {
            description: 'E.g. “leaked to the press”, “filmed by a bystander and shared with us”.',
          },
        },
        {
          name: 'recordedAt',
          type: 'text',
          maxLength: 200,
          admin: {
            description: 'When it was recorded, as far as is known (a timestamp or a description).',
          },
        },
        {
          name: 'verificationStatus',
          type: 'select',
          options: [...VERIFICATION_STATUSES],
          // Asked of editors only: a reporter cannot set it (the admin shows it read-only to them) and theirs defaults.
          validate: editorsMustAssessFootage,
          // An editor's assessment (unverified footage needs legal's sign-off): a reporter's value is dropped,
          // and footage a reporter adds starts unverified.
          access: { create: editorsOnlyField, update: editorsOnlyField },
          hooks: { beforeChange: [footageStartsUnverified] },
          admin: {
            description:
              'Has the newsroom verified that it is authentic and what it claims to be? Set by an editor.',
          },
        },
        {
          name: 'verificationMethod',
          label: 'How it was verified',
          type: 'textarea',
          maxLength: 2000,
          admin: {
            description:
              'Public: what was checked (location, time, faces, metadata, the original post), e.g. “matched to the station’s entrance and the time of the arrest”.',
          },
        },
        {
          name: 'rights',
          label: 'Rights and licence',
          type: 'text',
          maxLength: 300,
          admin: {
            description:
              'Public: on what terms we show it, e.g. “used with the permission of the person who filmed it”.',
          },
        },
        {
          name: 'filmedBy',
          label: 'Who filmed it',
          type: 'text',
          maxLength: 300,
          access: { read: editorialStaffOnlyField },
          admin: {
            description:
              'Internal, never published: a bystander who filmed a scene can be identified by it.',
          },
        },
        {
          name: 'originalUrl',
          label: 'The original (URL or file reference)',
          type: 'text',
          maxLength: 2000,
          access: { read: editorialStaffOnlyField },
          admin: {
            description:
              'Internal, never published: where the original post or file is (it can lead to who shared it).',
          },
        },
        {
          name: 'verifiedBy',
          label: 'Verified by',
          type: 'text',
          maxLength: 200,
          access: { read: editorialStaffOnlyField },
          admin: { description: 'Internal: who in the newsroom verified it.' },
        },
      ],
    },
    {
      name: 'articles',
      label: 'Articles quoting this source',
      type: 'relationship',
      relationTo: settings.slugs.articles,
      hasMany: true,
      virtual: true,
      access: { read: notAboutAnonymousUnlessStaff },
      hooks: { afterRead: [listArticlesQuotingSource(settings)] },
      // A new source is quoted nowhere yet: no empty list on its form.
      admin: {
        readOnly: true,
        description: 'Filled in when a single source is read.',
        condition: (data) => Boolean(data?.id),
      },
    },
    {
      ...publishedInField(
        settings,
        'The published stories that quote this source. Readers see a source only while there is one.',
      ),
      access: { read: notAboutAnonymousUnlessStaff, create: () => false, update: () => false },
    },
    {
      name: 'quotedIn',
      label: 'Quoted in',
      type: 'join',
      collection: settings.slugs.quotes,
      on: 'speaker',
      defaultLimit: 20,
      defaultSort: '-createdAt',
      access: { read: notAboutAnonymousUnlessStaff },
      admin: {
        condition: (data) => Boolean(data?.id),
        defaultColumns: ['text', 'article', 'speakerTitle'],
        description:
          'Every quote of this source, in every article (readers see those of published articles).',
      },
    },
    ...timestampFields({ createdAt: editorialStaffOnlyField, updatedAt: editorialStaffOnlyField }),
  ],
})
