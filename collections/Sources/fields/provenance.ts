import type { FieldHook, GroupField } from 'payload'

import { editorialStaffOnlyField, editorsOnlyField, isEditor } from '../../../src/plugin/access'
import { VERIFICATION_STATUSES } from '../../../src/plugin/vocabulary'
import { isBlank, isKind, requiredFor } from './forKind'

const footageNeedsAStatus = requiredFor('footage', 'The verification status')
const editorsMustAssessFootage = (
  value: unknown,
  options: Parameters<typeof footageNeedsAStatus>[1],
) => (isEditor(options.req?.user) ? footageNeedsAStatus(value, options) : true)

/** Footage added by someone who may not assess it is unverified until an editor says otherwise. */
const footageStartsUnverified: FieldHook = ({ value, data, req }) =>
  isBlank(value) && data?.kind === 'footage' && !isEditor(req.user) ? 'unverified' : value

/** Footage's standards record: where it came from, how far it is verified, on what terms we show it. */
export const provenanceField = (): GroupField => ({
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
})
