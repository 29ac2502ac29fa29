import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '../helpers/appProcess'

/**
 * A lint of the plugin's own code: every Local API call says whose rights it uses. Payload's Local
 * API overrides access by default, so a call that says nothing would silently read or write past the
 * rules on behalf of whoever made the request. Allowed: `...asCaller(req)` (the requester's rights),
 * `overrideAccess: false`, or `...systemAccess(req)` in the reviewed places listed below.
 */
const PLUGIN_CODE = ['collections', 'globals', 'src/plugin']

/** Where the system acts past access rules, and why; adding one means adding it here, in review. */
const SYSTEM_ACCESS_ALLOWED: Record<string, string> = {
  'collections/Users/hooks/makeFirstUserAdmin.ts': 'is this the first account?',
  'src/plugin/hooks/throttleSubmissions.ts': 'did this client or email just submit?',
  'collections/Comments/hooks/decideCommentStatus.ts': 'does this email have an approved comment?',
  'collections/Articles/hooks/countApprovedComments.ts': 'the public count of approved comments',
  'collections/CommentReports/hooks/applyReportThreshold.ts':
    'the system sends a reported comment back to pending',
  'src/plugin/hooks/deleteDependents.ts': 'dependents are deleted with their document',
  'src/plugin/endpoints/commentEndpoints.ts': 'has this reader already reported this comment?',
  'src/plugin/access/anonymousSources.ts': 'which sources are anonymous, so as to hide them',
  'src/plugin/standards/citations.ts':
    'which published bodies cite which quotes and sources: derived data the system keeps',
  'src/plugin/search/searchIndex.ts':
    'the search index refilled from the current editions (what readers get): derived data the system keeps',
  'src/plugin/media/rightsExpiry.ts':
    'the job that withdraws a picture when its usage rights expire: the system acts at the hour the rights end, as an editor’s withdrawal would',
  'src/plugin/media/failingCredentials.ts':
    'which pictures a story shows fail their Content Credentials: the publish gate and legal read it whole, like the quotes they sign off',
  'src/plugin/search/headlineSearch.ts':
    'MongoDB’s search reads the current editions: what readers get, never a draft',
  'src/plugin/delivery/buildArticleDocument.ts':
    'who said the story’s own quotes, which readers are not shown outside the story',
  'src/plugin/webhooks/queueWebhookEvents.ts':
    'which webhooks want an event, and their delivery records (written by the system only)',
  'src/plugin/media/refreshMediaUse.ts':
    'which published stories show a picture: derived data the system keeps, as for citations',
  'src/plugin/endpoints/legalSignOff.ts':
    'legal records its sign-off, which nobody may write through the API (legal edits nothing else)',
  'src/plugin/endpoints/takedown.ts':
    'legal takes a story down or lifts it, which nobody may write through the API',
  'src/plugin/webhooks/deliverWebhook.ts':
    'the queue reads the delivery and its webhook (with its secret) and records each attempt',
  'src/plugin/webhooks/resendDelivery.ts':
    'an admin asked: the delivery record (written by the system only) is queued again',
  'src/plugin/standards/retraction.ts':
    'is this story retracted, when a reader’s `select` left its log out (to hide its text)',
  'src/plugin/hooks/labelQuotes.ts':
    'each quote’s staff-only title names its speaker and story: derived data the system keeps, whoever saves',
  'src/plugin/delivery/invalidation/affectedStories.ts':
    'which published stories a write changes (their slugs), to drop exactly those from caches',
  'src/plugin/publishGate/onlyEditorsPublish.ts':
    'is the story live (its main document), whatever the latest draft the requester sees',
  'src/plugin/workflow/signedText.ts':
    'the quotes legal signed off, read alike for legal, the editor publishing and a reporter saving',
  'src/plugin/admin/schedulePublish.ts':
    'which document a scheduled publish job would publish, to ask whether the requester may publish it',
  'src/plugin/editions/hooks.ts':
    "which story a comment being deleted belongs to, to take that story's lock before the delete",
  'src/plugin/editions/read.ts':
    'editions are read for readers through the story endpoints (the collection is staff-only)',
  'src/plugin/editions/record.ts':
    'editions are written by the system only, at a publish, whoever publishes',
  'src/plugin/editions/backfill.ts':
    'a story published before editions were kept gets its first one, written by the system',
  'src/plugin/editions/storyComments.ts':
    'the approved comments a story shows, counted and kept on its edition whoever moderates',
  'src/plugin/editions/endpoints.ts':
    'a published story’s editions, served to readers by number (the collection is staff-only)',
  'src/plugin/editions/safety.ts':
    'a source made anonymous leaves every current edition at once, whoever made the change',
  'src/plugin/bylines/credits.ts':
    'who is credited on a story, withheld authors included, to print the newsroom’s name in their place',
  'src/plugin/bylines/publicAuthors.ts':
    'which authors and portraits readers may see follows the published credits: derived data the system keeps',
  'src/plugin/bylines/fromTextBylines.ts':
    'a migration: each story’s text byline becomes its authors, whoever runs it',
  'src/plugin/bylines/withheldBylines.ts':
    'a withheld byline leaves every current edition at once, whoever withholds it',
  'src/plugin/bylines/authorPage.ts':
    'an author’s published stories, found by their staff-only credits (withheld bylines left out)',
  'src/plugin/workflow/scheduledPublishing.ts':
    'Payload’s failed scheduled-publish jobs (no collection staff read); callers show each only to staff who may read its story',
}

const LOCAL_API_CALL =
  /\bpayload\s*\.\s*(find|findByID|findVersions|count|countVersions|create|update|delete|duplicate|findGlobal|updateGlobal)\s*\(\s*\{/g

const files = (entry: string): string[] => {
  const full = path.join(projectRoot, entry)
  if (fs.statSync(full).isFile()) {
    return [entry]
  }
  return fs.readdirSync(full).flatMap((name) => files(path.join(entry, name)))
}

/** The text of the options object that starts at `start` (the `{`), by brace counting. */
const objectAt = (source: string, start: number) => {
  let depth = 0
  for (let i = start; i < source.length; i++) {
    if (source[i] === '{') {
      depth++
    } else if (source[i] === '}' && --depth === 0) {
      return source.slice(start, i + 1)
    }
  }
  return source.slice(start)
}

const sources = PLUGIN_CODE.flatMap(files)
  .filter((file) => /\.tsx?$/.test(file))
  .map((file) => ({ file, text: fs.readFileSync(path.join(projectRoot, file), 'utf8') }))

describe('the plugin’s Local API calls', () => {
  it('are found (the lint reads the code it means to)', () => {
    const calls = sources.flatMap(({ text }) => [...text.matchAll(LOCAL_API_CALL)])
    expect(calls.length).toBeGreaterThan(20)
  })

  it.each(sources.map(({ file }) => file))('%s: every call states whose access it uses', (file) => {
    const text = sources.find((source) => source.file === file)!.text
    for (const match of text.matchAll(LOCAL_API_CALL)) {
      const options = objectAt(text, match.index + match[0].length - 1)
      const line = text.slice(0, match.index).split('\n').length
      const states = /\.\.\.asCaller\(|overrideAccess:\s*false|\.\.\.systemAccess\(/.test(options)
      if (!states) {
        throw new Error(
          `${file}:${line} calls payload.${match[1]} without asCaller(req), overrideAccess: false or systemAccess(req)`,
        )
      }
      if (/\.\.\.systemAccess\(/.test(options) && !SYSTEM_ACCESS_ALLOWED[file]) {
        throw new Error(
          `${file}:${line} acts with system access; if that is right, add it to SYSTEM_ACCESS_ALLOWED with the reason`,
        )
      }
    }
  })

  it('never override access with a literal anywhere but the two helpers that define it', () => {
    const offenders = sources
      .filter(
        ({ file }) =>
          !['src/plugin/access/callerAccess.ts', 'src/plugin/access/systemAccess.ts'].includes(
            file,
          ),
      )
      .filter(({ text }) => /overrideAccess:(?!\s*false\b)/.test(text))
      .map(({ file }) => file)
    expect(offenders).toEqual([])
  })
})
