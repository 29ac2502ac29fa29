import type { Metadata } from 'next'

import { notFound, redirect } from 'next/navigation'
import React from 'react'

import { newsroomApi } from '../../readerApi'
import { newsroomFacts } from '../../syndication'

export const dynamic = 'force-dynamic'

type Params = { params: Promise<{ policy: string }> }

const findPolicy = async (slug: string) => {
  const api = await newsroomApi()
  const doc = await api.getNewsroom()
  const newsroom = await newsroomFacts(api)
  const policy = newsroom.policies.find((candidate) => candidate.slug === slug)
  return policy && { policy, ownUrl: doc.policies?.[policy.key]?.url || null }
}

export const generateMetadata = async ({ params }: Params): Promise<Metadata> => {
  const found = await findPolicy((await params).policy)
  return { title: found?.policy.title ?? 'Not found' }
}

/** A policy the newsroom keeps as text (one published elsewhere is a redirect there). */
const PolicyPage = async ({ params }: Params) => {
  const found = await findPolicy((await params).policy)
  if (!found) {
    notFound()
  }
  if (found.ownUrl) {
    redirect(found.ownUrl)
  }
  const { policy } = found
  return (
    <article className={`policy${policy.isDefault ? ' policy--default' : ''}`}>
      <h1>{policy.title}</h1>
      {policy.text.split(/\n\s*\n/).map((paragraph, index) => (
        <p key={index}>{paragraph.trim()}</p>
      ))}
    </article>
  )
}

export default PolicyPage
