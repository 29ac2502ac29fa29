import type { CollectionConfig } from 'payload'

import type { NewsroomSettings } from '../../src/plugin/options'

import { adminsOnly, adminsOnlyField, nobodyField } from '../../src/plugin/access'
import { WEBHOOK_EVENTS } from '../../src/plugin/vocabulary'
import { generateSigningSecret } from '../../src/plugin/webhooks/signing'
import { validateWebhookUrl } from '../../src/plugin/webhooks/validateWebhookUrl'

/**
 * Receivers of the newsroom's events (Standard Webhooks): a frontend's revalidation endpoint, a
 * partner's ingest. Admins only: a webhook sends requests from the server, and its secret signs them.
 */
export const Webhooks = (settings: NewsroomSettings): CollectionConfig => ({
  slug: settings.slugs.webhooks,
  labels: { singular: 'Webhook', plural: 'Webhooks' },
  admin: {
    group: settings.groups.admin,
    useAsTitle: 'url',
    defaultColumns: ['url', 'events', 'active', 'updatedAt'],
    description:
      'Where the newsroom sends its events, signed per the Standard Webhooks specification. Every delivery, its attempts and its answer are listed under Webhook deliveries.',
  },
  // A copy would share the original's secret.
  disableDuplicate: true,
  access: {
    create: adminsOnly,
    read: adminsOnly,
    update: adminsOnly,
    delete: adminsOnly,
    unlock: adminsOnly,
  },
  hooks: { beforeChange: [generateSigningSecret] },
  fields: [
    {
      name: 'url',
      type: 'text',
      required: true,
      maxLength: 2000,
      validate: validateWebhookUrl(settings),
      admin: {
        description:
          'An https URL on the public internet (loopback and private addresses only when the operator allows the host).',
      },
    },
    {
      name: 'events',
      type: 'select',
      hasMany: true,
      required: true,
      options: [...WEBHOOK_EVENTS],
      admin: { description: 'What this receiver is told about.' },
    },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      admin: {
        position: 'sidebar',
        description: 'Inactive webhooks get nothing; deliveries already queued are dropped.',
      },
    },
    {
      name: 'description',
      type: 'text',
      maxLength: 500,
      admin: { description: 'Who receives this and why (for other admins).' },
    },
    {
      name: 'secret',
      type: 'text',
      label: 'Signing secret',
      // Written only by the server (generateSigningSecret), read only by admins.
      access: { create: nobodyField, update: nobodyField, read: adminsOnlyField },
      admin: {
        readOnly: true,
        position: 'sidebar',
        description:
          'Generated when the webhook is saved. Give it to the receiver: it verifies each request’s webhook-signature with it.',
      },
    },
  ],
})
