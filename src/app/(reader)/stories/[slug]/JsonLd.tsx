/** A story's JSON-LD for search engines, escaped so its text cannot close the script element. */
import React from 'react'

export const JsonLd = ({ value }: { value?: unknown }) =>
  value ? (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: JSON.stringify(value).replace(/</g, '\\u003c') }}
    />
  ) : null
