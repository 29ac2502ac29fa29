/** "How we know this": the story's sources, numbered as the body's quotes cite them. */
import type { DeliverySource } from 'newsroom-payload/fetch-client'

import { SOURCE_KINDS, VERIFICATION_STATUSES } from 'newsroom-payload/fetch-client'
import React from 'react'

import { sourceName } from './sourceMarks'
import { label, sentence } from './storyWords'

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

/** The sources section, in the order given (footnote order); nothing when the story has none. */
export const HowWeKnow = ({ sources }: { sources: DeliverySource[] }) =>
  sources.length ? (
    <section aria-labelledby="how-we-know" className="sources">
      <h2 id="how-we-know">How we know this</h2>
      <ol>
        {sources.map((source) => (
          <SourceEntry key={String(source.id)} source={source} />
        ))}
      </ol>
    </section>
  ) : null
