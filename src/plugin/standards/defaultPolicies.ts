import type { PolicyKey } from '../vocabulary'

/**
 * The policies as the product itself enforces them, in words: a newsroom starts with these (so its
 * JSON-LD and ninjs carry every policy from the first start) and edits them in the `newsroom`
 * global. Each says plainly that it is the default. Every sentence describes what the software
 * does; nothing here is a promise the code does not keep.
 */
const MARK =
  'This is the default text that comes with the newsroom’s publishing system; the newsroom has not edited it yet.'

export const DEFAULT_POLICIES: Record<PolicyKey, string> = {
  corrections: [
    MARK,
    'When we get something wrong, we say so in the story itself. Every correction and clarification is added to the story’s public log of updates and corrections, dated when it is published, and corrections are shown at the top of the story.',
    'Once an entry in that log is published it is not quietly rewritten: only an administrator can change or remove it, and every such change is itself shown to readers under “Changes to published entries”.',
    'Partners and search engines receive the corrections too: in the story’s structured data (schema.org CorrectionComment), its ninjs and its feed entry.',
  ].join('\n\n'),
  unnamedSources: [
    MARK,
    'We quote a source without naming them only when an editor has approved it and recorded why. The story cannot be published until both the reason and the approving editor are recorded, and the reason is published with the story.',
    'The source’s identity is stored where only editors can read it. It never appears on the site, in the story’s data, in feeds, exports or notifications, and a source’s former public name is treated as part of their identity.',
    'Readers cannot link an unnamed source across stories: each story refers to its unnamed sources by an identifier of its own.',
  ].join('\n\n'),
  verification: [
    MARK,
    'Every quotation in a story is tied to a source: a named person, an official body, an unnamed source approved by an editor, a document, or a recording. A story cannot be published while any quotation lacks a source.',
    'For footage and other recordings we record how we obtained them, when they were recorded, and how far we have verified them (unverified, partly verified, verified or disputed). A story quoting a recording cannot be published without its verification status, and readers see that status beside the source under “How we know this”.',
    'A quotation is marked as a verbatim quote or as a paraphrase, and is shown as such.',
  ].join('\n\n'),
  ethics: [
    MARK,
    'We attribute what we report, tell readers how we know it, correct our errors in public, and protect the sources we have promised to protect. Reader comments are moderated: a comment is published once a moderator approves it, and readers can report a published comment for review.',
  ].join('\n\n'),
  feedback: [
    MARK,
    'Every story has a form at its end to report an error. Reports go to the editors only and are never published. An editor reviews each one; when a report leads to a correction, the correction is added to the story’s public log.',
    'You do not need an account. An email address is optional and is used only to reply to you.',
  ].join('\n\n'),
}

export const isDefaultPolicy = (key: PolicyKey, text: null | string | undefined) =>
  !text || text.trim() === DEFAULT_POLICIES[key].trim()
