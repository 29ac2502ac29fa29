import type {
  DeliveryArticle,
  DeliveryComment,
  DeliveryEditionList,
  DeliverySource,
} from 'newsroom-payload/fetch-client'

import { SOURCE_KINDS, VERIFICATION_STATUSES } from 'newsroom-payload/fetch-client'
import React from 'react'

import { CommentForm, ErrorReportForm, ReportCommentForm } from './Forms'
import { LiveUpdates } from './LiveUpdates'

const dateTime = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'UTC',
})
const label = (
  options: readonly { value: string; label: string }[],
  value: null | string | undefined,
) => options.find((option) => option.value === value)?.label ?? value ?? ''
const STATUS_WORDS = {
  developing: 'Developing story',
  updated: 'Updated',
  concluded: 'Concluded',
} as const
export const LOG_WORDS = {
  update: 'Update',
  correction: 'Correction',
  clarification: 'Clarification',
  retraction: 'Retraction',
} as const

/** A sentence from a value that may or may not end with its own full stop. */
const sentence = (text: null | string | undefined, fallback: string) => {
  const value = (text ?? '').trim() || fallback
  return /[.!?…]$/.test(value) ? value : `${value}.`
}

export const Time = ({ value }: { value: string }) => (
  <time dateTime={value}>{dateTime.format(new Date(value))} UTC</time>
)

/** How the story names a source: its name, or its description when it has none (anonymous, unnamed). */
const sourceName = (source: DeliverySource) => source.name || source.description

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

const QUOTE_ELEMENT =
  /<(q|span) class="quote[^"]*"[^>]*\baria-describedby="(source-[^"]+)"[^>]*>[^<]*<\/\1>([”’"]?)/g

/** The story's sources in the order the text first quotes them (footnote order), then the others. */
export const sourcesInCitationOrder = (
  html: string,
  sources: DeliverySource[],
): DeliverySource[] => {
  const cited = [...html.matchAll(QUOTE_ELEMENT)].map((match) => match[2])
  const firstCited = (source: DeliverySource) => {
    const at = cited.indexOf(`source-${source.id}`)
    return at === -1 ? Number.MAX_SAFE_INTEGER : at
  }
  return sources
    .map((source, index) => ({ source, index }))
    .sort((a, b) => firstCited(a.source) - firstCited(b.source) || a.index - b.index)
    .map(({ source }) => source)
}

/**
 * Each quote's attribution, visible: a numbered mark after its words (and their closing quotation
 * mark) links to its speaker in "How we know this", numbered alike. The body's HTML is ours
 * (`bodyToHtml`): a quote is one element whose escaped words hold no tags, pointing at its speaker
 * with `aria-describedby="source-<id>"`.
 */
export const withSourceMarks = (html: string, sources: DeliverySource[]): string => {
  const numberOf = new Map(sources.map((source, index) => [`source-${source.id}`, index + 1]))
  return html.replace(QUOTE_ELEMENT, (quote, _tag: string, anchor: string) => {
    const number = numberOf.get(anchor)
    if (!number) {
      return quote
    }
    const label = escapeAttribute(`Source ${number}: ${sourceName(sources[number - 1])}`)
    return `${quote}<sup class="quote-source"><a href="#${anchor}" aria-label="${label}" title="${label}">${number}</a></sup>`
  })
}

/** Who a source is, as the story may say: never an anonymous source's identity. */
const SourceEntry = ({ source }: { source: DeliverySource }) => (
  <li id={`source-${source.id}`}>
    <p>
      <strong>{sourceName(source)}</strong>{' '}
      <span className="kind">({label(SOURCE_KINDS, source.kind)})</span>
      {source.name ? <> — {source.description}</> : null}
      {source.role ? <>. {sentence(source.role, '')}</> : null}
    </p>
    {source.anonymity ? <p>Why we granted anonymity: {source.anonymity.reason}</p> : null}
    {source.provenance ? (
      <p>
        How we obtained it: {sentence(source.provenance.howObtained, 'not recorded')} Recorded:{' '}
        {sentence(source.provenance.recordedAt, 'unknown')} Verification:{' '}
        <strong>
          {label(VERIFICATION_STATUSES, source.provenance.verificationStatus) || 'not verified'}
        </strong>
        .
        {source.provenance.verificationMethod ? (
          <> How we verified it: {sentence(source.provenance.verificationMethod, '')}</>
        ) : null}
        {source.provenance.rights ? <> Rights: {sentence(source.provenance.rights, '')}</> : null}
      </p>
    ) : null}
  </li>
)

const Comment = ({
  comment,
  articleId,
  depth,
}: {
  comment: DeliveryComment
  articleId: number | string
  depth: number
}) => (
  <li className={comment.pinned ? 'comment comment--pinned' : 'comment'}>
    <article aria-label={`Comment by ${comment.authorName}`}>
      <p className="meta">
        <strong>{comment.authorName}</strong> · <Time value={comment.createdAt} />
        {comment.pinned ? <span className="badge">Pinned by the newsroom</span> : null}
      </p>
      {/* Plain text as typed: React escapes it. */}
      <p className="comment-body">{comment.body}</p>
      <ReportCommentForm commentId={comment.id} />
      {depth < 3 ? (
        <CommentForm articleId={articleId} parentId={comment.id} label="Post the reply" />
      ) : null}
    </article>
    {comment.replies.length ? (
      <ol className="replies">
        {comment.replies.map((reply) => (
          <Comment key={reply.id} comment={reply} articleId={articleId} depth={depth + 1} />
        ))}
      </ol>
    ) : null}
  </li>
)

const UpdateLog = ({
  story,
  editions,
}: {
  story: DeliveryArticle
  editions?: DeliveryEditionList
}) => {
  const entries = [...story.updateLog].reverse()
  // Which edition brought each entry: its "what changed" page shows the words removed and added.
  const editionOf = new Map(
    (editions?.editions ?? [])
      .filter((edition) => edition.url && edition.number > 1)
      .flatMap((edition) => edition.logEntries.map((entry) => [entry.id, edition.number] as const)),
  )
  if (!entries.length && !story.logRevisions.length) {
    return null
  }
  return (
    <section aria-labelledby="updates" className="update-log">
      <h2 id="updates">Updates and corrections</h2>
      <ol>
        {entries.map((entry) => (
          <li
            key={entry.id}
            id={`update-${entry.id}`}
            className={`log-entry log-entry--${entry.type}`}
          >
            <p>
              <strong>{LOG_WORDS[entry.type]}</strong>, <Time value={entry.date} />: {entry.text}
              {editionOf.has(entry.id) ? (
                <>
                  {' '}
                  <a
                    href={`/stories/${encodeURIComponent(story.slug)}/editions/${editionOf.get(entry.id)}`}
                  >
                    What changed
                  </a>
                </>
              ) : null}
            </p>
          </li>
        ))}
      </ol>
      {story.logRevisions.length ? (
        <>
          <h3 id="log-revisions">Changes to published entries</h3>
          <ul className="log-revisions">
            {story.logRevisions.map((revision) => (
              <li key={`${revision.entryId}-${revision.changedAt}`}>
                <Time value={revision.changedAt} />: an entry was {revision.action}; it read “
                {revision.previousText}”
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  )
}

/**
 * A story as readers read it, from the delivery document (or, in preview, an editor's draft shaped
 * like it). The same view serves the published page and live preview.
 */
export const StoryView = ({
  story,
  jsonLd,
  editions,
  preview = false,
}: {
  story: DeliveryArticle
  jsonLd?: unknown
  editions?: DeliveryEditionList
  preview?: boolean
}) => {
  const corrections = story.updateLog.filter((entry) => entry.type === 'correction')
  const sources = sourcesInCitationOrder(story.bodyHtml, story.sources)
  if (story.retraction && !preview) {
    return <RetractedStory story={story} jsonLd={jsonLd} />
  }
  return (
    <article className="story" lang="en">
      {jsonLd ? (
        <script
          type="application/ld+json"
          dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, '\\u003c') }}
        />
      ) : null}
      {preview ? (
        <p className="preview-banner" role="status">
          Preview of the draft: readers do not see this version.
        </p>
      ) : null}
      {preview ? null : <LiveUpdates eventsUrl={`/api/articles/slug/${story.slug}/events`} />}
      <header>
        <p className="status">{STATUS_WORDS[story.storyStatus]}</p>
        <h1>{story.title}</h1>
        {story.dek ? <p className="dek">{story.dek}</p> : null}
        <p className="meta">
          {story.byline ? <>By {story.byline}. </> : null}
          {story.publishedAt ? (
            <>
              Published <Time value={story.publishedAt} />.
            </>
          ) : null}
          {story.dateModified && story.dateModified !== story.publishedAt ? (
            <>
              {' '}
              Updated <Time value={story.dateModified} />.
            </>
          ) : null}
        </p>
        {corrections.length ? (
          <p className="correction-notice" role="note">
            This story has been corrected: <a href="#updates">see the corrections</a>.
          </p>
        ) : null}
      </header>

      {story.heroImage ? <HeroImage image={story.heroImage} /> : null}

      <div
        className="story-body"
        dangerouslySetInnerHTML={{ __html: withSourceMarks(story.bodyHtml, sources) }}
      />

      <UpdateLog story={story} editions={editions} />
      {editions && editions.editions.length > 1 ? (
        <p className="editions-link">
          This is edition {story.edition} of the story.{' '}
          <a href={`/stories/${encodeURIComponent(story.slug)}/editions`}>
            Every edition, and what changed
          </a>
        </p>
      ) : null}

      {sources.length ? (
        <section aria-labelledby="how-we-know" className="sources">
          <h2 id="how-we-know">How we know this</h2>
          <ol>
            {sources.map((source) => (
              <SourceEntry key={String(source.id)} source={source} />
            ))}
          </ol>
        </section>
      ) : null}

      {preview ? null : <ReaderSections story={story} />}
    </article>
  )
}

/** The story's picture: every width in `srcset` (the browser picks), its caption and credit. */
const HeroImage = ({ image }: { image: NonNullable<DeliveryArticle['heroImage']> }) => {
  const widths = ['thumbnail', 'small', 'medium', 'large']
    .map((name) => image.sizes[name])
    .filter((size): size is { url: string; width: number; height: number } => Boolean(size))
  return (
    <figure className="hero-image">
      <img
        alt={image.alt}
        height={image.height ?? undefined}
        sizes="(max-width: 760px) 100vw, 760px"
        src={image.sizes.medium?.url ?? image.url}
        srcSet={[
          ...widths.map((size) => `${size.url} ${size.width}w`),
          ...(image.width ? [`${image.url} ${image.width}w`] : []),
        ].join(', ')}
        style={{ width: '100%', height: 'auto' }}
        width={image.width ?? undefined}
      />
      {image.caption || image.credit ? (
        <figcaption>
          {image.caption}
          {image.credit ? <span className="credit"> {image.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  )
}

/** A retracted story: its headline and dates, the retraction notice, the log; no text, sources or comments. */
const RetractedStory = ({ story, jsonLd }: { story: DeliveryArticle; jsonLd?: unknown }) => (
  <article className="story story--retracted" lang="en">
    {jsonLd ? (
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, '\\u003c') }}
      />
    ) : null}
    <header>
      <p className="status">Retracted</p>
      <h1>{story.title}</h1>
      <p className="meta">
        {story.publishedAt ? (
          <>
            Published <Time value={story.publishedAt} />.{' '}
          </>
        ) : null}
        Retracted <Time value={story.retraction!.date} />.
      </p>
    </header>
    <section aria-labelledby="retraction" className="retraction-notice" role="note">
      <h2 id="retraction">This story has been retracted</h2>
      <p>{story.retraction!.text}</p>
    </section>
    <UpdateLog story={story} />
  </article>
)

/** What readers add to a published story: its comments and the error-report form. */
const ReaderSections = ({ story }: { story: DeliveryArticle }) => (
  <>
    <section aria-labelledby="comments" className="comments" id="comments-section">
      <h2 id="comments">Comments ({story.commentCount})</h2>
      {story.comments.docs.length ? (
        <ol>
          {story.comments.docs.map((comment) => (
            <Comment key={comment.id} comment={comment} articleId={story.id} depth={1} />
          ))}
        </ol>
      ) : (
        <p>No comments yet.</p>
      )}
      {story.commentsOpen ? (
        <>
          <h3>Add a comment</h3>
          <CommentForm articleId={story.id} />
        </>
      ) : (
        <p>Comments are closed on this story.</p>
      )}
    </section>

    <section aria-labelledby="report-error" className="report-error">
      <h2 id="report-error">Report an error</h2>
      <p>
        Seen a mistake? Tell the editors. Your report is private; corrections are published in the
        log above.
      </p>
      <ErrorReportForm articleId={story.id} />
    </section>
  </>
)
