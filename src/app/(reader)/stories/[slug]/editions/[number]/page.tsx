import type { Metadata } from 'next'

import { notFound } from 'next/navigation'
import React from 'react'

import { newsroomApi } from '../../../../readerApi'
import { EditionView } from '../EditionsView'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string; number: string }> }

/** The edition, or null for one that does not exist or is no longer served (the page says so, as a 404). */
const load = async (slug: string, number: string) => {
  if (!/^[1-9]\d{0,6}$/.test(number)) {
    return null
  }
  try {
    return await (await newsroomApi()).getEdition(slug, Number(number))
  } catch (error) {
    if ([404, 410].includes((error as { status?: number })?.status ?? 0)) {
      return null
    }
    throw error
  }
}

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { slug, number } = await params
  const edition = await load(slug, number)
  return {
    title: edition ? `Edition ${edition.edition}: ${edition.document.title}` : 'Edition not found',
    robots: { index: false },
  }
}

/** One edition of a story: what changed since the one before, readable without JavaScript. */
const EditionPage = async ({ params }: Props) => {
  const { slug, number } = await params
  const edition = await load(slug, number)
  if (!edition) {
    notFound()
  }
  return <EditionView slug={slug} edition={edition} />
}

export default EditionPage
