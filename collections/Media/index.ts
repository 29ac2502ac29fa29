import type { Access, CollectionConfig, Where } from 'payload'

import type { NewsroomSettings } from '../../src/plugin/options'

import {
  editorialStaffOnlyField,
  editorsOnly,
  editorsOnlyField,
  isEditorialStaff,
  storyWriters,
  writersUntilPublished,
} from '../../src/plugin/access'
import { protectPictureWithdrawn } from '../../src/plugin/editions/safety'
import { awaitingRepublishField } from '../../src/plugin/fields/awaitingRepublish'
import { mustExist } from '../../src/plugin/fields/mustExist'
import { publishedInField } from '../../src/plugin/fields/publishedIn'
import { timestampFields } from '../../src/plugin/fields/timestamps'
import { checkUploadedImage } from '../../src/plugin/media/checkUploadedImage'
import {
  queueWithdrawalAtRightsExpiry,
  withdrawWhenRightsExpired,
} from '../../src/plugin/media/rightsExpiry'
import { mediaWritesWithoutWriteLock } from '../../src/plugin/media/writesWithoutWriteLock'
import { VERIFICATION_STATUSES } from '../../src/plugin/vocabulary'
import {
  credentialsBannerField,
  credentialsField,
  credentialsLineField,
  digitalSourceTypeField,
  usageRightsField,
} from './fields/credentials'
import { recordContentCredentials } from './hooks/contentCredentials'
import { signPublishedSizes } from './hooks/signPublishedSizes'
import { reasonWhenWithdrawn, recordWithdrawal } from './hooks/withdrawal'

/**
 * Readers see a picture (and its files) only while a published story shows it, or a public author
 * has it as their photo; staff see them all.
 * For a file, staff get a condition too, so Payload looks the file's document up first and a name no
 * picture has is refused (403), not looked for on disk (Payload answers a missing file with a 500).
 */
const shownByPublishedOrStaff: Access = ({ req, isReadingStaticFile }) => {
  // A withdrawn picture (rights, safety) is gone for readers at once, files included.
  const shown: Where = {
    and: [
      { or: [{ publishedIn: { exists: true } }, { publicPortrait: { equals: true } }] },
      { withdrawn: { not_equals: true } },
    ],
  }
  const any: Where = { id: { exists: true } }
  if (!isEditorialStaff(req.user)) {
    return shown
  }
  return isReadingStaticFile ? any : true
}

/**
 * The sizes a story needs: widths for the reader page's `srcset`, and the three crops Google asks
 * for in structured data (16:9, 4:3, 1:1, at least 1200 px wide), cut around the focal point.
 * Payload's default applies: a width wider than the original is not made (never enlarged), nor a
 * crop larger than it both ways; `srcset`, JSON-LD and the delivery shapes leave out what was not
 * made. (A crop larger in one direction only is still made, scaled up to fill it.)
 */
export const IMAGE_SIZES = [
  { name: 'thumbnail', width: 320 },
  { name: 'small', width: 640 },
  { name: 'medium', width: 1280 },
  { name: 'large', width: 1920 },
  { name: 'wide16x9', width: 1200, height: 675 },
  { name: 'standard4x3', width: 1200, height: 900 },
  { name: 'square', width: 1200, height: 1200 },
] as const

/**
 * Photos and video stills, with where they came from. Uploads are Payload's (sharp: resized copies,
 * focal point, crops); checkUploadedImage admits raster images only, by content, and strips the
 * original's metadata (GPS included) unless the editor keeps it on purpose.
 */
export const Media = (settings: NewsroomSettings): CollectionConfig => ({
  slug: settings.slugs.media,
  labels: { singular: 'Picture', plural: 'Pictures' },
  admin: {
    group: settings.groups.newsroom,
    useAsTitle: 'alt',
    defaultColumns: [
      'filename',
      'alt',
      'credit',
      'provenance.verificationStatus',
      'credentials.state',
      'updatedAt',
    ],
    description: 'Photos and video stills. Readers see one only while a published story shows it.',
  },
  disableDuplicate: true,
  access: {
    read: shownByPublishedOrStaff,
    create: storyWriters,
    update: writersUntilPublished,
    delete: editorsOnly,
  },
  upload: {
    staticDir: settings.media.staticDir,
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif'],
    imageSizes: IMAGE_SIZES.map((size) => ({ ...size })),
    focalPoint: true,
    crop: true,
    adminThumbnail: 'thumbnail',
    // Resized copies never keep EXIF (location, camera serials).
    withMetadata: false,
  },
  hooks: {
    beforeOperation: [checkUploadedImage(settings)],
    beforeChange: [withdrawWhenRightsExpired, recordWithdrawal, recordContentCredentials],
    afterChange: [
      signPublishedSizes(settings),
      protectPictureWithdrawn(settings),
      queueWithdrawalAtRightsExpiry,
    ],
  },
  // A picture's image work (check, strip, sizes) holds no database write lock.
  endpoints: mediaWritesWithoutWriteLock,
  fields: [
    awaitingRepublishField(settings, 'media'),
    credentialsBannerField,
    {
      name: 'alt',
      type: 'text',
      required: true,
      maxLength: 300,
      admin: { description: 'What the picture shows, for readers who cannot see it.' },
    },
    { name: 'caption', type: 'textarea', maxLength: 1000 },
    {
      name: 'credit',
      type: 'text',
      maxLength: 200,
      admin: {
        description: 'As printed, e.g. “Security camera footage obtained by the newsroom”.',
      },
    },
    {
      name: 'provenance',
      type: 'group',
      admin: {
        description:
          'Where it came from and how far it has been verified (the same words as for footage sources).',
      },
      fields: [
        { name: 'howObtained', type: 'textarea', maxLength: 1000 },
        {
          name: 'capturedAt',
          type: 'text',
          maxLength: 200,
          admin: { description: 'When it was taken, as far as is known.' },
        },
        { name: 'verificationStatus', type: 'select', options: [...VERIFICATION_STATUSES] },
      ],
    },
    digitalSourceTypeField,
    credentialsField,
    credentialsLineField,
    usageRightsField,
    {
      name: 'source',
      type: 'relationship',
      relationTo: settings.slugs.sources,
      filterOptions: mustExist,
      // Which source gave a picture can identify them: staff only.
      access: { read: editorialStaffOnlyField },
      admin: {
        position: 'sidebar',
        description: 'The source it belongs to (never shown to readers).',
      },
    },
    {
      name: 'keepLocation',
      type: 'checkbox',
      label: 'Keep location data (GPS) in the original',
      defaultValue: false,
      access: { read: editorialStaffOnlyField, create: editorsOnlyField, update: editorsOnlyField },
      admin: {
        position: 'sidebar',
        description:
          'Editors only. Off: the original is stored without its metadata. Tick only when the location must be kept, knowing readers can download it.',
      },
    },
    {
      name: 'withdrawn',
      type: 'checkbox',
      label: 'Withdrawn (rights or safety)',
      defaultValue: false,
      index: true,
      access: { read: editorialStaffOnlyField, create: editorsOnlyField, update: editorsOnlyField },
      admin: {
        position: 'sidebar',
        description:
          'Editors only. Takes the picture out of every published story at once (no republish needed), its files too; earlier editions that showed it are no longer served.',
      },
    },
    {
      name: 'withdrawnReason',
      type: 'textarea',
      maxLength: 1000,
      access: { read: editorialStaffOnlyField, create: editorsOnlyField, update: editorsOnlyField },
      validate: reasonWhenWithdrawn,
      admin: {
        position: 'sidebar',
        condition: (data) => Boolean(data?.withdrawn),
        description: 'Why (staff only): the rights ended, it identifies someone at risk…',
      },
    },
    {
      name: 'withdrawnAt',
      type: 'date',
      access: { read: editorialStaffOnlyField, create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.withdrawn) },
    },
    publishedInField(
      settings,
      'The published stories that show this picture. Readers see it only while there is one.',
    ),
    {
      name: 'publicPortrait',
      label: 'Public author photo',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      access: { create: () => false, update: () => false },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description:
          'The photo of an author readers may see (on their page): public while they are.',
      },
    },
    ...timestampFields({ createdAt: editorialStaffOnlyField, updatedAt: editorialStaffOnlyField }),
  ],
})
