import sharp from 'sharp'

import { lexicalParagraphs } from '../helpers/fixtures'
import { hasLocation, photoWithLocation, uploadForm } from '../helpers/images'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom'
import { ninjsValidator } from '../helpers/standards'

/**
 * Pictures over HTTP: uploads checked by content (raster images only, no SVG, a size cap), the
 * original stored without its location unless kept on purpose, Payload's sizes and crops, and the
 * picture in the story's JSON, JSON-LD and ninjs; readers see a picture only once a published story
 * shows it.
 */
let newsroom: TestNewsroom
beforeAll(async () => {
  newsroom = await startNewsroom({ newsroom: { media: { maxFileBytes: 2_000_000 } } })
})
afterAll(async () => newsroom?.close())

const fieldErrors = (res: { body: any }) => (res.body?.errors?.[0]?.data?.errors ?? []) as { path: string; message: string }[]
const FIELDS = {
  alt: 'An officer in handcuffs walks to an unmarked car',
  caption: 'Outside the central station.',
  credit: 'Bystander photo obtained by the newsroom',
  provenance: { howObtained: 'Sent to us by a bystander', capturedAt: 'the evening of the arrest', verificationStatus: 'partly-verified' },
}

const download = async (url: string, who: 'editor' | 'anonymous' = 'editor') => {
  const headers: Record<string, string> = {}
  if (who === 'editor') {
    const login = await fetch(`${newsroom.baseURL}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'editor@test.newsroom', password: 'correct horse battery staple' }) })
    headers.authorization = `JWT ${(await login.json()).token}`
  }
  const res = await fetch(new URL(url, newsroom.baseURL), { headers })
  return { status: res.status, body: Buffer.from(await res.arrayBuffer()) }
}

describe('uploading a picture', () => {
  it('keeps the words and provenance, makes the sizes and crops, and strips the location from every file, the original included', async () => {
    const photo = await photoWithLocation()
    expect(await hasLocation(photo)).toBe(true)
    const res = await newsroom.api('reporter', 'POST', '/api/media', uploadForm(photo, 'arrest.jpg', 'image/jpeg', FIELDS))
    expect(res.status).toBe(201)
    const doc = res.body.doc
    expect(doc).toMatchObject({ alt: FIELDS.alt, credit: FIELDS.credit, provenance: FIELDS.provenance, width: 1600, height: 1200, mimeType: 'image/jpeg' })
    expect(doc.sizes.wide16x9).toMatchObject({ width: 1200, height: 675 })
    expect(doc.sizes.standard4x3).toMatchObject({ width: 1200, height: 900 })
    expect(doc.sizes.square).toMatchObject({ width: 1200, height: 1200 })
    expect(doc.sizes.small).toMatchObject({ width: 640 })
    const original = await download(doc.url)
    expect(original.status).toBe(200)
    expect(await hasLocation(original.body)).toBe(false)
    expect((await sharp(original.body).metadata()).exif).toBeUndefined()
    for (const size of Object.values(doc.sizes) as { url: string }[]) expect(await hasLocation((await download(size.url)).body)).toBe(false)
  })

  it('keeps the location only when the editor says so', async () => {
    const res = await newsroom.api('editor', 'POST', '/api/media', uploadForm(await photoWithLocation(800, 600), 'kept.jpg', 'image/jpeg', { ...FIELDS, keepLocation: true }))
    expect(res.status).toBe(201)
    expect(await hasLocation((await download(res.body.doc.url)).body)).toBe(true)
    // A reporter cannot: the file is stripped whatever the request says.
    const reporters = await newsroom.api('reporter', 'POST', '/api/media', uploadForm(await photoWithLocation(800, 600), 'reporter.jpg', 'image/jpeg', { ...FIELDS, keepLocation: true }))
    expect(reporters.status).toBe(201)
    expect(await hasLocation((await download(reporters.body.doc.url)).body)).toBe(false)
  })

  it('refuses what is not a raster image, by content: SVG, a text file named .png; too large; without alt text', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>')
    for (const [file, name, type] of [
      [svg, 'photo.jpg', 'image/jpeg'],
      [svg, 'drawing.svg', 'image/svg+xml'],
      [Buffer.from('just some text, not a picture'), 'photo.png', 'image/png'],
    ] as const) {
      const refused = await newsroom.api('editor', 'POST', '/api/media', uploadForm(file, name, type, FIELDS))
      expect(refused.status).toBe(400)
      expect(JSON.stringify(refused.body)).toMatch(/file|type|image/i)
    }
    const noise = await sharp({ create: { width: 1400, height: 1400, channels: 3, background: { r: 0, g: 0, b: 0 }, noise: { type: 'gaussian', mean: 128, sigma: 60 } } }).png().toBuffer()
    expect(noise.length).toBeGreaterThan(2_000_000)
    const tooLarge = await newsroom.api('editor', 'POST', '/api/media', uploadForm(noise, 'noise.png', 'image/png', FIELDS))
    expect(tooLarge.status).toBe(400)
    expect(fieldErrors(tooLarge)[0]).toMatchObject({ path: 'file', message: expect.stringMatching(/larger than 2 MB/) })
    const noAlt = await newsroom.api('editor', 'POST', '/api/media', uploadForm(await photoWithLocation(400, 300), 'no-alt.jpg', 'image/jpeg', { caption: 'x' }))
    expect(noAlt.status).toBe(400)
    expect(fieldErrors(noAlt)).toEqual([expect.objectContaining({ path: 'alt' })])
    expect((await newsroom.api('anonymous', 'POST', '/api/media', uploadForm(await photoWithLocation(400, 300), 'anon.jpg', 'image/jpeg', FIELDS))).status).toBe(403)
    const count = await newsroom.payload.count({ collection: 'media', where: { alt: { equals: FIELDS.alt } }, overrideAccess: true })
    expect(count.totalDocs).toBe(3)
  })
})

describe('a story’s picture', () => {
  it('is private until a published story shows it, then in the story’s JSON, JSON-LD (16:9, 4:3, 1:1) and ninjs', async () => {
    const upload = await newsroom.api('editor', 'POST', '/api/media', uploadForm(await photoWithLocation(), 'hero.jpg', 'image/jpeg', { ...FIELDS, alt: 'The station at night' }))
    const media = upload.body.doc
    expect((await newsroom.api('anonymous', 'GET', `/api/media/${media.id}`)).status).toBe(404)
    expect((await download(media.url, 'anonymous')).status).toBe(403)
    const draft = await newsroom.api('editor', 'POST', '/api/articles?draft=true', { title: 'Pictured story', body: lexicalParagraphs('Text.'), heroImage: media.id, _status: 'draft' })
    expect((await newsroom.api('anonymous', 'GET', `/api/media/${media.id}`)).status).toBe(404)

    const published = await newsroom.api('editor', 'PATCH', `/api/articles/${draft.body.doc.id}`, { _status: 'published' })
    expect(published.status).toBe(200)
    const reader = await newsroom.api('anonymous', 'GET', `/api/media/${media.id}`)
    expect(reader.status).toBe(200)
    expect(reader.body).not.toHaveProperty('source')
    expect(reader.body).not.toHaveProperty('keepLocation')
    expect((await download(media.url, 'anonymous')).status).toBe(200)

    const story = await newsroom.api('anonymous', 'GET', `/api/articles/slug/${published.body.doc.slug}`)
    expect(story.body.heroImage).toMatchObject({ id: media.id, alt: 'The station at night', credit: FIELDS.credit, provenance: FIELDS.provenance, width: 1600, height: 1200 })
    expect(Object.keys(story.body.heroImage.sizes)).toEqual(expect.arrayContaining(['thumbnail', 'small', 'medium', 'large', 'wide16x9', 'standard4x3', 'square']))
    const jsonld = await newsroom.api('anonymous', 'GET', `/api/articles/slug/${published.body.doc.slug}?format=jsonld`)
    expect(jsonld.body.image).toEqual([story.body.heroImage.sizes.wide16x9.url, story.body.heroImage.sizes.standard4x3.url, story.body.heroImage.sizes.square.url])
    const ninjs = await newsroom.api('anonymous', 'GET', `/api/articles/slug/${published.body.doc.slug}?format=ninjs`)
    expect(ninjs.body.associations).toEqual([expect.objectContaining({ name: 'featureimage', type: 'picture', by: FIELDS.credit })])
    expect(ninjsValidator()(ninjs.body)).toEqual([])

    // Unpublished again: private again.
    await newsroom.api('editor', 'PATCH', `/api/articles/${draft.body.doc.id}`, { _status: 'draft' })
    expect((await newsroom.api('anonymous', 'GET', `/api/media/${media.id}`)).status).toBe(404)
  })
})
