/** Is this save making the article public (a publish, or a change to a published article)? */
export const isPublishing = (
  data: { _status?: null | string },
  originalDoc?: { _status?: null | string },
) => (data._status ?? originalDoc?._status) === 'published'
