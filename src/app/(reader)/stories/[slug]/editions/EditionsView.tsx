import type {
  ChangedWords,
  DeliveryEdition,
  DeliveryEditionList,
} from 'newsroom-payload/fetch-client'

import React from 'react'

import { READER_PATHS } from '../../../../../server/routes/readerPaths'
import { LOG_WORDS, Time } from '../StoryView'

const REASON_WORDS = {
  published: 'First published',
  republished: 'Republished',
  correction: 'Corrected',
  retraction: 'Retracted',
  safety: 'Changed to protect a source',
  existing: 'As published before editions were kept',
} as const

/**
 * Words removed and added, in reading order: `<del>` and `<ins>`, each also said in words (“removed:”,
 * “added:”), since not every screen reader announces the elements and colour alone says nothing.
 */
export const Changes = ({ runs }: { runs: ChangedWords[] }) => (
  <>
    {runs.map((run, index) =>
      run.removed ? (
        <del key={index}>
          <span className="visually-hidden">[removed: </span>
          {run.value}
          <span className="visually-hidden">]</span>
        </del>
      ) : run.added ? (
        <ins key={index}>
          <span className="visually-hidden">[added: </span>
          {run.value}
          <span className="visually-hidden">]</span>
        </ins>
      ) : (
        <React.Fragment key={index}>{run.value}</React.Fragment>
      ),
    )}
  </>
)

const changed = (runs: ChangedWords[]) => runs.some((run) => run.added || run.removed)

/** A story's editions: each with its date, why it was made, the log entries it brought, and a link to what changed. */
export const EditionsList = ({ list, title }: { list: DeliveryEditionList; title: string }) => (
  <section aria-labelledby="editions" className="editions">
    <p className="status">
      <a href={READER_PATHS.story(list.slug)}>← {title}</a>
    </p>
    <h1 id="editions">Every edition of this story</h1>
    <p>
      Each time the newsroom publishes a change readers see, the story becomes a new edition.
      Earlier editions stay readable here, with what changed.
    </p>
    <ol className="edition-list">
      {[...list.editions].reverse().map((edition) => (
        <li key={edition.number} id={`edition-${edition.number}`}>
          <p>
            <strong>Edition {edition.number}</strong>
            {edition.current ? ' (current)' : ''}:{' '}
            {edition.reason ? REASON_WORDS[edition.reason] : 'Published'}
            {edition.datePublished ? (
              <>
                , <Time value={edition.datePublished} />
              </>
            ) : null}
            .{' '}
            {edition.url ? (
              <a href={READER_PATHS.edition(list.slug, edition.number)}>
                {edition.number > 1 ? 'What changed' : 'Read it'}
              </a>
            ) : (
              <span>No longer shown: {edition.withheld}</span>
            )}
          </p>
          {edition.logEntries.length ? (
            <ul>
              {edition.logEntries.map((entry) => (
                <li key={entry.id}>
                  {LOG_WORDS[entry.type]}: {entry.text}
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  </section>
)

/** One edition: what changed since the one before (headline, dek, text), then its log entries. */
export const EditionView = ({ slug, edition }: { slug: string; edition: DeliveryEdition }) => {
  const { document, changes } = edition
  return (
    <article className="story edition" lang="en">
      <p className="status">
        <a href={READER_PATHS.editions(slug)}>All editions</a> ·{' '}
        <a href={READER_PATHS.story(slug)}>The story now</a>
      </p>
      <h1>
        Edition {edition.edition}: {document.title}
      </h1>
      <p className="meta">
        {edition.reason ? REASON_WORDS[edition.reason] : 'Published'}
        {edition.datePublished ? (
          <>
            {' '}
            <Time value={edition.datePublished} />
          </>
        ) : null}
        .
      </p>
      {changes ? (
        <section aria-labelledby="what-changed" className="what-changed">
          <h2 id="what-changed">What changed since edition {changes.from}</h2>
          {changes.logEntries.length ? (
            <ul>
              {changes.logEntries.map((entry) => (
                <li key={entry.id}>
                  <strong>{LOG_WORDS[entry.type]}</strong>: {entry.text}
                </li>
              ))}
            </ul>
          ) : null}
          {!changed(changes.title) &&
          !changed(changes.dek) &&
          !changed(changes.body) &&
          !changes.updates?.length ? (
            <p>The words did not change (a picture, a source or the story’s status did).</p>
          ) : null}
          {changed(changes.title) ? (
            <p className="changed-title">
              Headline: <Changes runs={changes.title} />
            </p>
          ) : null}
          {changed(changes.dek) ? (
            <p className="changed-dek">
              Summary: <Changes runs={changes.dek} />
            </p>
          ) : null}
          {changed(changes.body) ? (
            <div className="changed-body">
              {/* Paragraphs as the text has them (a blank line between). */}
              {splitParagraphs(changes.body).map((paragraph, index) => (
                <p key={index}>
                  <Changes runs={paragraph} />
                </p>
              ))}
            </div>
          ) : null}
          {(changes.updates ?? []).map((update) => {
            const entry = document.updateLog.find((one) => one.id === update.id)
            return (
              <div className="changed-update" key={update.id}>
                <h3>The update of {entry ? <Time value={entry.date} /> : 'earlier'}</h3>
                {changed(update.headline) ? (
                  <p className="changed-title">
                    Headline: <Changes runs={update.headline} />
                  </p>
                ) : null}
                {splitParagraphs(update.text).map((paragraph, index) => (
                  <p key={index}>
                    <Changes runs={paragraph} />
                  </p>
                ))}
              </div>
            )
          })}
        </section>
      ) : (
        <section aria-labelledby="as-published">
          <h2 id="as-published">As first published</h2>
          <div className="story-body" dangerouslySetInnerHTML={{ __html: document.bodyHtml }} />
        </section>
      )}
    </article>
  )
}

/** Runs of words split where the text has a paragraph break, each paragraph keeping its runs. */
const splitParagraphs = (runs: ChangedWords[]): ChangedWords[][] => {
  const paragraphs: ChangedWords[][] = [[]]
  for (const run of runs) {
    const parts = run.value.split(/\n\s*\n/)
    parts.forEach((part, index) => {
      if (index > 0) {
        paragraphs.push([])
      }
      if (part) {
        paragraphs.at(-1)!.push({ ...run, value: part })
      }
    })
  }
  return paragraphs.filter((paragraph) => paragraph.some((run) => run.value.trim()))
}
