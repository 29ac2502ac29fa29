import type { StartNewsroom } from '../helpers/sharedNewsroom'

import { type TestNewsroom } from '../helpers/newsroom'

/** A behaviour of a shared-newsroom suite (see tests/helpers/sharedNewsroom.ts); was a test file of its own. */
export default (startNewsroom: StartNewsroom) => {
  let newsroom: TestNewsroom
  beforeAll(async () => {
    newsroom = await startNewsroom()
  })
  afterAll(async () => newsroom?.close())

  it('answers the REST API', async () => {
    const res = await newsroom.api('anonymous', 'GET', '/api/articles')
    expect(res.status).toBe(200)
    expect(res.body.docs).toEqual([])
    const me = await newsroom.api('editor', 'GET', '/api/users/me')
    expect(me.body.user.email).toBe('editor@test.newsroom')
  })
}
