/** The story's lead picture, responsive, with its caption and credit (and its AI label and Content Credentials line). */
import type { DeliveryArticle } from 'newsroom-payload/fetch-client'

import React from 'react'

/** The story's picture: every width in `srcset` (the browser picks), its caption and credit. */
export const HeroImage = ({ image }: { image: NonNullable<DeliveryArticle['heroImage']> }) => {
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
      {image.aiLabel || image.caption || image.credit || image.contentCredentials ? (
        <figcaption>
          {image.aiLabel ? <strong className="ai-label">{image.aiLabel}. </strong> : null}
          {image.caption}
          {image.credit ? <span className="credit"> {image.credit}</span> : null}
          {image.contentCredentials ? (
            <span className="content-credentials"> {image.contentCredentials}.</span>
          ) : null}
        </figcaption>
      ) : null}
    </figure>
  )
}
