/**
 * The newsroom's words, once: roles, kinds of source, statuses. Collections build their select
 * options from these, the OpenAPI document its enums, the document types their unions.
 */

/** The roles a newsroom account can hold. An account may hold several; admins hold every power. */
export const ROLES = ['admin', 'editor', 'reporter', 'legal', 'moderator'] as const
export type Role = (typeof ROLES)[number]
/** Who may approve an anonymous source (an editor, or an admin). */
export const APPROVING_ROLES: Role[] = ['editor', 'admin']
/** Who writes, edits and signs off stories: colleagues who see each other's names. */
export const EDITORIAL_ROLES: Role[] = ['editor', 'reporter', 'legal']
/** Who may sign a story off for the lawyers (legal, or an admin). */
export const SIGN_OFF_ROLES: Role[] = ['legal', 'admin']
/** Who may be assigned an article as its editor. */
export const ASSIGNABLE_EDITOR_ROLES: Role[] = ['editor', 'admin']

const option = <V extends string>(value: V, label: string) => ({ value, label })
const capitalised = <V extends string>(values: readonly V[]) =>
  values.map((value) => option(value, value[0].toUpperCase() + value.slice(1)))

export const SOURCE_KINDS = [
  // A person, named or not (unnamed experts are people too; anonymity granted is its own kind).
  option('person', 'Person'),
  option('official', 'Official body or statement'),
  option('anonymous', 'Anonymous'),
  option('footage', 'Footage or recording'),
  option('document', 'Document'),
  option('social', 'Social media'),
  option('community', 'Community or crowd'),
] as const
export type SourceKind = (typeof SOURCE_KINDS)[number]['value']

export const VERIFICATION_STATUSES = [
  option('unverified', 'Unverified'),
  option('partly-verified', 'Partly verified'),
  option('verified', 'Verified'),
  option('disputed', 'Disputed'),
] as const
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number]['value']

export const QUOTE_KINDS = [
  option('verbatim', 'Verbatim'),
  option('paraphrase', 'Paraphrase'),
] as const
export type QuoteKind = (typeof QUOTE_KINDS)[number]['value']

/**
 * What each person credited on a story did, in the order a byline prints them. Writing and reporting
 * are the byline ("By …"); the others are credits printed after it ("Photos by …").
 */
export const AUTHOR_ROLES = [
  option('written-by', 'Written by'),
  option('reporting-by', 'Reporting by'),
  option('additional-reporting', 'Additional reporting'),
  option('photos-by', 'Photos by'),
  option('video-by', 'Video by'),
  option('graphics-by', 'Graphics by'),
] as const
export type AuthorRole = (typeof AUTHOR_ROLES)[number]['value']
/** The roles that make the printed byline; the rest are contributors. */
export const BYLINE_ROLES: AuthorRole[] = ['written-by', 'reporting-by']

/** A person, or a desk or the newsroom itself (“Staff”, “Wire desk”): JSON-LD's Person or Organization. */
export const AUTHOR_KINDS = [
  option('person', 'Person'),
  option('organization', 'Desk or organisation'),
] as const
export type AuthorKind = (typeof AUTHOR_KINDS)[number]['value']

export const STORY_STATUS_VALUES = ['developing', 'updated', 'concluded'] as const
export const STORY_STATUSES = capitalised(STORY_STATUS_VALUES)
export type StoryStatus = (typeof STORY_STATUS_VALUES)[number]

/**
 * Where an article is in the newsroom's workflow. `published` is set by publishing; the others are
 * chosen by staff (a reporter moves only between the first two; legal moves a story to `ready` by
 * signing it off).
 */
export const ARTICLE_STAGES = [
  option('draft', 'Draft'),
  option('in-edit', 'In edit'),
  option('legal-review', 'Legal review'),
  option('ready', 'Ready'),
  option('published', 'Published'),
] as const
export type ArticleStage = (typeof ARTICLE_STAGES)[number]['value']
/** The stages a reporter may put an article in. */
export const REPORTER_STAGES: ArticleStage[] = ['draft', 'in-edit']

export const COMMENT_STATUS_VALUES = ['pending', 'approved', 'rejected', 'spam'] as const
export const COMMENT_STATUSES = capitalised(COMMENT_STATUS_VALUES)
export type CommentStatus = (typeof COMMENT_STATUS_VALUES)[number]

export const LOG_ENTRY_TYPES = [
  option('update', 'Update'),
  option('correction', 'Correction'),
  option('clarification', 'Clarification'),
  // The story is withdrawn: it stays at its URL with this notice, its headline and date, without its body.
  option('retraction', 'Retraction'),
] as const
export type LogEntryType = (typeof LOG_ENTRY_TYPES)[number]['value']
/** What an admin did to a published log entry, as the story's `logRevisions` records it. */
export const LOG_REVISION_ACTIONS = ['edited', 'removed'] as const
export type LogRevisionAction = (typeof LOG_REVISION_ACTIONS)[number]

export const ERROR_REPORT_STATUSES = [
  option('open', 'Open'),
  option('resolved', 'Resolved'),
  option('dismissed', 'Dismissed'),
] as const

/** The values of a list of options, for enums and unions. */
export const valuesOf = <V extends string>(options: readonly { value: V }[]): V[] =>
  options.map((entry) => entry.value)

/** What a webhook can subscribe to. */
/** Why a story has a new edition. */
export const EDITION_REASONS = [
  option('published', 'First published'),
  option('republished', 'Republished'),
  option('correction', 'Correction'),
  option('retraction', 'Retraction'),
  // A change that could not wait for a publish: a source made anonymous, a picture withdrawn.
  option('safety', 'Safety or legal'),
  // A story published before editions were kept: its first edition is what readers got then.
  option('existing', 'Published before editions were kept'),
] as const

export const WEBHOOK_EVENTS = [
  option('article.published', 'An article is published'),
  option('article.updated', 'A published article changes materially'),
  option('article.corrected', 'A correction is published'),
  option('article.unpublished', 'An article is unpublished'),
  option('article.deleted', 'A published article is deleted'),
  option('article.retracted', 'A retraction is published'),
  option('article.taken-down', 'A story is taken down for legal reasons'),
  option('article.key_event', 'A live story publishes an update marked a key event'),
  option('comment.approved', 'A comment is approved'),
] as const
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number]['value']

export const WEBHOOK_DELIVERY_STATUSES = [
  option('pending', 'Pending'),
  option('retrying', 'Retrying'),
  option('delivered', 'Delivered'),
  option('failed', 'Failed'),
] as const

/**
 * The newsroom's published policies, as readers and machines look for them: schema.org's
 * NewsMediaOrganization properties and IPTC's trust indicators (http://cv.iptc.org/newscodes/trustindicator/).
 */
export const POLICIES = [
  {
    key: 'corrections',
    slug: 'corrections',
    title: 'Corrections policy',
    schemaOrg: 'correctionsPolicy',
    iptc: 'correctionsPolicy',
  },
  {
    key: 'unnamedSources',
    slug: 'unnamed-sources',
    title: 'Unnamed sources policy',
    schemaOrg: 'unnamedSourcesPolicy',
    iptc: 'unnamedSourcesPolicy',
  },
  {
    key: 'verification',
    slug: 'verification',
    title: 'Verification and fact-checking policy',
    schemaOrg: 'verificationFactCheckingPolicy',
    iptc: 'factCheckingPolicy',
  },
  {
    key: 'ethics',
    slug: 'ethics',
    title: 'Ethics policy',
    schemaOrg: 'ethicsPolicy',
    iptc: 'ethicsPolicy',
  },
  {
    key: 'feedback',
    slug: 'feedback',
    title: 'How to tell us about an error',
    schemaOrg: 'actionableFeedbackPolicy',
    iptc: 'feedbackPolicy',
  },
] as const
export type PolicyKey = (typeof POLICIES)[number]['key']
