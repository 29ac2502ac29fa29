import type { CollectionConfig, PayloadRequest } from 'payload'

import type { NewsroomSettings } from '../../src/plugin/options'

import {
  editorialStaffOnly,
  editorialStaffOnlyField,
  editorOrOwnReporter,
  editorsOnly,
  isEditorialStaff,
  publishedOrStaff,
  storyWriters,
} from '../../src/plugin/access'
import { ADMIN_COMPONENTS } from '../../src/plugin/admin/componentPaths'
import {
  refreshAuthorsAfterArticleChange,
  refreshAuthorsAfterArticleDelete,
} from '../../src/plugin/bylines/publicAuthors'
import { protectStoryBylineWithheld } from '../../src/plugin/bylines/withheldBylines'
import { awaitingRepublish } from '../../src/plugin/editions/awaitingRepublish'
import { listEditions, readEdition } from '../../src/plugin/editions/endpoints'
import {
  keepEditions,
  lockStoryBeingSaved,
  rememberPublishedRow,
} from '../../src/plugin/editions/hooks'
import { republish } from '../../src/plugin/editions/republish'
import { articleBySlug } from '../../src/plugin/endpoints/articleBySlug'
import { listCommentThreads } from '../../src/plugin/endpoints/commentThreads'
import { legalReviewState, legalSignOff } from '../../src/plugin/endpoints/legalSignOff'
import { reportArticleError } from '../../src/plugin/endpoints/reportArticleError'
import { scheduledPublishing } from '../../src/plugin/endpoints/scheduledPublishing'
import { storyEvents } from '../../src/plugin/endpoints/storyEvents'
import { liftTakedown, takedown } from '../../src/plugin/endpoints/takedown'
import { articleSlugField } from '../../src/plugin/fields/slug'
import { timestampFields } from '../../src/plugin/fields/timestamps'
import { workflowFields } from '../../src/plugin/fields/workflow'
import { deleteDependents } from '../../src/plugin/hooks/deleteDependents'
import { relabelQuotesOfArticle } from '../../src/plugin/hooks/labelQuotes'
import {
  refreshMediaAfterArticleChange,
  refreshMediaAfterArticleDelete,
} from '../../src/plugin/media/refreshMediaUse'
import {
  embargoUntilField,
  ONLY_EDITORS_PUBLISH,
  onlyEditorsPublish,
  rememberDraftSave,
  validateSlugIsFree,
} from '../../src/plugin/publishGate'
import {
  refreshCitationsAfterArticleChange,
  refreshCitationsAfterArticleDelete,
} from '../../src/plugin/standards/citations'
import { SIGN_OFF_ROLES } from '../../src/plugin/vocabulary'
import {
  queueArticleDeleted,
  queueArticleEvents,
  rememberPublicFacts,
} from '../../src/plugin/webhooks/queueWebhookEvents'
import { commentCountField, commentsOpenField } from './fields/comments'
import { authorsField, storyBylineWithheldField } from './fields/credits'
import { publishedAtField } from './fields/publishedAt'
import { storyTab } from './fields/story'
import { tagsField } from './fields/tags'
import { updatesTab } from './fields/updates'
import { workflowTab } from './fields/workflow'
import { endVersionRestore } from './hooks/endVersionRestore'
import { guardUpdateLog } from './hooks/guardUpdateLog'
import { recordStageChanges } from './hooks/recordStageChanges'
import { setCreatedBy } from './hooks/setCreatedBy'
import { setDateModified } from './hooks/setDateModified'
import { setPublishedAt } from './hooks/setPublishedAt'
import { sortForReaders } from './hooks/sortForReaders'
import { voidStaleLegalSignOff } from './hooks/voidStaleLegalSignOff'

/** A URL the admin's iframe and postMessage can use: a relative one is taken from the admin's own origin. */
const absoluteUrl = (url: string, req: PayloadRequest) => {
  if (/^https?:\/\//.test(url)) {
    return url
  }
  const base =
    req.payload.config.serverURL ||
    `${req.headers.get('x-forwarded-proto') ?? 'http'}://${req.headers.get('host') ?? 'localhost'}`
  return `${base.replace(/\/$/, '')}${url.startsWith('/') ? '' : '/'}${url}`
}

export const Articles = (settings: NewsroomSettings): CollectionConfig => ({
  slug: settings.slugs.articles,
  labels: { singular: 'Article', plural: 'Articles' },
  // Populated (a quote's or comment's article): what a list needs to name and link the story, not its body.
  defaultPopulate: {
    title: true,
    slug: true,
    publishedAt: true,
    dateModified: true,
    storyStatus: true,
  },
  admin: {
    group: settings.groups.newsroom,
    useAsTitle: 'title',
    defaultColumns: ['title', 'stage', 'assignedEditor', 'storyStatus', 'updatedAt'],
    listSearchableFields: ['title', 'slug', 'dek'],
    // Publish, Schedule and Unpublish are offered to editors only (the server refuses anyone else).
    components: {
      edit: {
        // What readers get now (a takedown is not a draft), beside the document's own status.
        // Legal's Take down / Lift takedown sits beside it (the takedown record's own sidebar group is read-only).
        beforeDocumentControls: [
          ADMIN_COMPONENTS.publicStateBadge,
          {
            path: ADMIN_COMPONENTS.articleActionButton,
            clientProps: { action: 'takedown', roles: SIGN_OFF_ROLES, compact: true },
          },
        ],
        PublishButton: ADMIN_COMPONENTS.editorsPublishButton,
        UnpublishButton: ADMIN_COMPONENTS.editorsUnpublishButton,
      },
    },
    // “Preview”: the host's reader page of the draft (with live preview), else the story's JSON.
    preview: (doc, { req }) => {
      if (!doc?.slug) {
        return null
      }
      if (settings.preview) {
        return absoluteUrl(
          settings.preview.url({ id: doc.id as number, slug: String(doc.slug) }),
          req,
        )
      }
      return `${req.payload.config.serverURL || ''}/api/${settings.slugs.articles}/slug/${doc.slug}`
    },
    ...(settings.preview
      ? {
          livePreview: {
            url: ({ data, req }) =>
              data?.slug && data?.id
                ? absoluteUrl(settings.preview!.url({ id: data.id, slug: data.slug }), req)
                : null,
            breakpoints: settings.preview.breakpoints,
          },
        }
      : {}),
  },
  // Only editors publish (onlyEditorsPublish), and so only they cancel a scheduled publish.
  custom: { [ONLY_EDITORS_PUBLISH]: true },
  // Editors' lists: last edited first. Readers may not sort by edit times; they get newest published first.
  defaultSort: '-updatedAt',
  access: {
    read: publishedOrStaff,
    create: storyWriters,
    update: editorOrOwnReporter,
    delete: editorsOnly,
    readVersions: editorialStaffOnly,
  },
  endpoints: [
    articleBySlug(settings),
    storyEvents(settings),
    listEditions(settings),
    readEdition(settings),
    awaitingRepublish(settings),
    republish(settings),
    listCommentThreads(settings),
    reportArticleError(settings),
    legalSignOff(settings),
    legalReviewState(settings),
    takedown(settings),
    liftTakedown(settings),
    scheduledPublishing(settings),
  ],
  versions: {
    // Scheduled publish and unpublish: Payload's own, run by the jobs queue at the chosen time.
    drafts: { autosave: { interval: 2000 }, schedulePublish: true },
    maxPerDoc: settings.maxArticleVersions,
  },
  hooks: {
    // Order matters: the log guard marks new public entries as a material change for setDateModified.
    beforeOperation: [sortForReaders('-publishedAt', isEditorialStaff), rememberDraftSave],
    // The workflow first: who may publish, a sign-off the text outgrew, the stage and its history.
    beforeChange: [
      lockStoryBeingSaved,
      onlyEditorsPublish,
      setCreatedBy,
      voidStaleLegalSignOff(settings),
      recordStageChanges,
      guardUpdateLog,
      setDateModified,
      setPublishedAt,
      rememberPublicFacts(settings),
      rememberPublishedRow(settings),
    ],
    // What readers may see of quotes and sources follows the published text; webhooks hear of what readers now see.
    afterChange: [
      endVersionRestore,
      refreshCitationsAfterArticleChange(settings),
      refreshMediaAfterArticleChange(settings),
      refreshAuthorsAfterArticleChange(settings),
      keepEditions(settings),
      protectStoryBylineWithheld(settings),
      relabelQuotesOfArticle(settings),
      queueArticleEvents(settings),
    ],
    afterDelete: [
      refreshCitationsAfterArticleDelete(settings),
      refreshMediaAfterArticleDelete(settings),
      refreshAuthorsAfterArticleDelete(settings),
      queueArticleDeleted(settings),
    ],
    beforeDelete: [
      deleteDependents([
        { collection: settings.slugs.comments, field: 'article' },
        { collection: settings.slugs.errorReports, field: 'article' },
        // A deleted story's editions go with it.
        { collection: settings.slugs.editions, field: 'article' },
      ]),
    ],
  },
  fields: [
    { type: 'tabs', tabs: [storyTab(settings), updatesTab(settings), workflowTab(settings)] },
    articleSlugField({
      validate: validateSlugIsFree(settings),
      readAccess: editorialStaffOnlyField,
    }),
    commentsOpenField(),
    commentCountField(settings),
    tagsField(),
    ...workflowFields(settings),
    embargoUntilField,
    publishedAtField(),
    ...timestampFields({ createdAt: editorialStaffOnlyField, updatedAt: editorialStaffOnlyField }),
    // Last in the sidebar: after an array there, Payload rendered the sidebar's later groups empty
    // (legal's Sign off button disappeared).
    storyBylineWithheldField(),
    authorsField(settings),
  ],
})
