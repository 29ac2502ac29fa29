/** Is this save making the article public (a publish, or a change to a published article)? */
export const isPublishing = (data: { _status?: string | null }, originalDoc?: { _status?: string | null }) =>
  (data._status ?? originalDoc?._status) === 'published'
