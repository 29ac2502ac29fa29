/** The story's lead picture, responsive, with its caption and credit. */
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
      {image.caption || image.credit ? (
        <figcaption>
          {image.caption}
          {image.credit ? <span className="credit"> {image.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  )
}
