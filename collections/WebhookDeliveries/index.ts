import type { CollectionConfig } from 'payload'

import type { NewsroomSettings } from '../../src/plugin/options'

import { adminsOnly, nobody } from '../../src/plugin/access'
import { ADMIN_COMPONENTS } from '../../src/plugin/admin/componentPaths'
import { WEBHOOK_DELIVERY_STATUSES, WEBHOOK_EVENTS } from '../../src/plugin/vocabulary'
import { resendDelivery } from '../../src/plugin/webhooks/resendDelivery'

const readOnly = { readOnly: true }

/**
 * One event for one webhook, and what became of it: written by the server only (queueing and each
 * attempt), read by admins, who can send one again.
 */
export const WebhookDeliveries = (settings: NewsroomSettings): CollectionConfig => ({
  slug: settings.slugs.webhookDeliveries,
  labels: { singular: 'Webhook delivery', plural: 'Webhook deliveries' },
  admin: {
    group: settings.groups.admin,
    useAsTitle: 'event',
    defaultColumns: [
      'event',
      'webhook',
      'status',
      'attempts',
      'lastResponseCode',
      'lastAttemptAt',
      'nextAttemptAt',
    ],
    description:
      'Every event sent to a webhook: its status, attempts, the receiver’s last answer and the next try. Open one to send it again.',
  },
  defaultSort: '-createdAt',
  disableDuplicate: true,
  access: {
    create: nobody,
    read: adminsOnly,
    update: nobody,
    delete: adminsOnly,
    unlock: adminsOnly,
  },
  endpoints: [resendDelivery(settings)],
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'event',
          type: 'select',
          required: true,
          index: true,
          options: [...WEBHOOK_EVENTS],
          admin: readOnly,
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          index: true,
          defaultValue: 'pending',
          options: [...WEBHOOK_DELIVERY_STATUSES],
          admin: readOnly,
        },
      ],
    },
    {
      name: 'webhook',
      type: 'relationship',
      relationTo: settings.slugs.webhooks,
      required: true,
      index: true,
      admin: readOnly,
    },
    {
      name: 'messageId',
      type: 'text',
      required: true,
      unique: true,
      admin: {
        ...readOnly,
        description:
          'The webhook-id header: the same on every attempt, so the receiver can drop a repeat.',
      },
    },
    {
      name: 'payload',
      type: 'json',
      admin: {
        ...readOnly,
        description:
          'The body sent, fixed when the event happened: every attempt sends the same bytes.',
      },
    },
    {
      type: 'row',
      fields: [
        { name: 'attempts', type: 'number', defaultValue: 0, admin: readOnly },
        { name: 'lastResponseCode', type: 'number', admin: readOnly },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'lastAttemptAt',
          type: 'date',
          admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'nextAttemptAt',
          type: 'date',
          index: true,
          admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    { name: 'lastError', type: 'text', admin: readOnly },
    {
      name: 'deliveredAt',
      type: 'date',
      admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'resend',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: ADMIN_COMPONENTS.resendDeliveryButton } },
    },
  ],
})
