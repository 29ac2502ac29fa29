import type { CollectionConfig } from 'payload'

import type { NewsroomSettings } from '../../src/plugin/options'

import {
  citedByPublishedOrStaff,
  editorialStaffOnlyField,
  editorsOnly,
  storyWriters,
  writersUntilPublished,
} from '../../src/plugin/access'
import { protectSourceMadeAnonymous } from '../../src/plugin/editions/safety'
import { awaitingRepublishField } from '../../src/plugin/fields/awaitingRepublish'
import { timestampFields } from '../../src/plugin/fields/timestamps'
import { relabelQuotesOfSource } from '../../src/plugin/hooks/labelQuotes'
import { anonymityField } from './fields/anonymity'
import { kindField } from './fields/kind'
import { descriptionField, nameField, roleField } from './fields/naming'
import { provenanceField } from './fields/provenance'
import { articlesQuotingField, quotedInJoin, sourcePublishedInField } from './fields/whereQuoted'
import { keepAnonymousIdentityPrivate } from './hooks/keepAnonymousIdentityPrivate'
import { nullGroupsOfOtherKinds } from './hooks/nullGroupsOfOtherKinds'

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
    kindField(),
    descriptionField(),
    nameField(),
    roleField(),
    anonymityField(settings),
    provenanceField(),
    articlesQuotingField(settings),
    sourcePublishedInField(settings),
    quotedInJoin(settings),
    ...timestampFields({ createdAt: editorialStaffOnlyField, updatedAt: editorialStaffOnlyField }),
  ],
})
