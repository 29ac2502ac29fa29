/** A reader's comment as the benches post it: the n-th from an address of its own (flood control counts per client). */
export const commentPost = <Request extends object>(
  request: Request,
  n: number,
  article: number | string,
  who: { name: string; email: string; body: string },
) => ({
  ...request,
  method: 'POST',
  path: '/api/comments',
  headers: {
    'content-type': 'application/json',
    'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
  },
  body: JSON.stringify({
    article,
    authorName: `${who.name} ${n}`,
    authorEmail: `${who.email}${n}@example.com`,
    body: `${who.body} ${n}`,
  }),
})
