import type { Metadata } from 'next'

import { notFound } from 'next/navigation'
import React from 'react'

import { newsroomApi } from '../../../readerApi'
import { EditionsList } from './EditionsView'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

const load = async (slug: string) => {
  const api = await newsroomApi()
  try {
    const [list, story] = await Promise.all([api.listEditions(slug), api.getStory(slug)])
    return { list, title: story?.title ?? slug }
  } catch (error) {
    if ((error as { status?: number })?.status === 404) {
      return null
    }
    throw error
  }
}

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const found = await load((await params).slug)
  return {
    title: found ? `Every edition: ${found.title}` : 'Story not found',
    robots: { index: false },
  }
}

/** Every edition of a published story, newest first. */
const EditionsPage = async ({ params }: Props) => {
  const found = await load((await params).slug)
  if (!found) {
    notFound()
  }
  return <EditionsList list={found.list} title={found.title} />
}

export default EditionsPage
