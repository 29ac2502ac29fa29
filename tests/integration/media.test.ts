import type { AddressInfo } from 'node:net'

import http from 'node:http'
import sharp from 'sharp'

import { lexicalBody, paragraphNode, pictureNode } from '../../src/plugin/richText/lexical'
import { atomFeed } from '../../src/plugin/syndication/feeds'
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

const fieldErrors = (res: { body: any }) =>
  (res.body?.errors?.[0]?.data?.errors ?? []) as { path: string; message: string }[]
const FIELDS = {
  alt: 'An officer in handcuffs walks to an unmarked car',
  caption: 'Outside the central station.',
  credit: 'Bystander photo obtained by the newsroom',
  provenance: {
    howObtained: 'Sent to us by a bystander',
    capturedAt: 'the evening of the arrest',
    verificationStatus: 'partly-verified',
  },
}

const editorAuthorization = async () => {
  const login = await fetch(`${newsroom.baseURL}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: 'editor@test.newsroom',
      password: 'correct horse battery staple',
    }),
  })
  return `JWT ${(await login.json()).token}`
}

const download = async (url: string, who: 'anonymous' | 'editor' = 'editor') => {
  const headers: Record<string, string> = {}
  if (who === 'editor') {
    const login = await fetch(`${newsroom.baseURL}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: 'editor@test.newsroom',
        password: 'correct horse battery staple',
      }),
    })
    headers.authorization = `JWT ${(await login.json()).token}`
  }
  const res = await fetch(new URL(url, newsroom.baseURL), { headers })
  return { status: res.status, body: Buffer.from(await res.arrayBuffer()) }
}

describe('uploading a picture', () => {
  it('keeps the words and provenance, makes the sizes and crops, and strips the location from every file, the original included', async () => {
    const photo = await photoWithLocation()
    expect(await hasLocation(photo)).toBe(true)
    const res = await newsroom.api(
      'reporter',
      'POST',
      '/api/media',
      uploadForm(photo, 'arrest.jpg', 'image/jpeg', FIELDS),
    )
    expect(res.status).toBe(201)
    const doc = res.body.doc
    expect(doc).toMatchObject({
      alt: FIELDS.alt,
      credit: FIELDS.credit,
      provenance: FIELDS.provenance,
      width: 1600,
      height: 1200,
      mimeType: 'image/jpeg',
    })
    expect(doc.sizes.wide16x9).toMatchObject({ width: 1200, height: 675 })
    expect(doc.sizes.standard4x3).toMatchObject({ width: 1200, height: 900 })
    expect(doc.sizes.square).toMatchObject({ width: 1200, height: 1200 })
    expect(doc.sizes.small).toMatchObject({ width: 640 })
    const original = await download(doc.url)
    expect(original.status).toBe(200)
    expect(await hasLocation(original.body)).toBe(false)
    expect((await sharp(original.body).metadata()).exif).toBeUndefined()
    for (const size of Object.values(doc.sizes) as { url: null | string }[]) {
      if (size.url) {
        expect(await hasLocation((await download(size.url)).body)).toBe(false)
      }
    }
  })

  it('keeps the location only when the editor says so', async () => {
    const res = await newsroom.api(
      'editor',
      'POST',
      '/api/media',
      uploadForm(await photoWithLocation(800, 600), 'kept.jpg', 'image/jpeg', {
        ...FIELDS,
        keepLocation: true,
      }),
    )
    expect(res.status).toBe(201)
    expect(await hasLocation((await download(res.body.doc.url)).body)).toBe(true)
    // A reporter cannot: the file is stripped whatever the request says.
    const reporters = await newsroom.api(
      'reporter',
      'POST',
      '/api/media',
      uploadForm(await photoWithLocation(800, 600), 'reporter.jpg', 'image/jpeg', {
        ...FIELDS,
        keepLocation: true,
      }),
    )
    expect(reporters.status).toBe(201)
    expect(await hasLocation((await download(reporters.body.doc.url)).body)).toBe(false)
  })

  it('refuses what is not a raster image, by content: SVG, a text file named .png; too large; without alt text', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
    )
    for (const [file, name, type] of [
      [svg, 'photo.jpg', 'image/jpeg'],
      [svg, 'drawing.svg', 'image/svg+xml'],
      [Buffer.from('just some text, not a picture'), 'photo.png', 'image/png'],
    ] as const) {
      const refused = await newsroom.api(
        'editor',
        'POST',
        '/api/media',
        uploadForm(file, name, type, FIELDS),
      )
      expect(refused.status).toBe(400)
      expect(JSON.stringify(refused.body)).toMatch(/file|type|image/i)
    }
    const noise = await sharp({
      create: {
        width: 1400,
        height: 1400,
        channels: 3,
        background: { r: 0, g: 0, b: 0 },
        noise: { type: 'gaussian', mean: 128, sigma: 60 },
      },
    })
      .png()
      .toBuffer()
    expect(noise.length).toBeGreaterThan(2_000_000)
    const tooLarge = await newsroom.api(
      'editor',
      'POST',
      '/api/media',
      uploadForm(noise, 'noise.png', 'image/png', FIELDS),
    )
    expect(tooLarge.status).toBe(400)
    expect(fieldErrors(tooLarge)[0]).toMatchObject({
      path: 'file',
      message: expect.stringMatching(/larger than 2 MB/),
    })
    const noAlt = await newsroom.api(
      'editor',
      'POST',
      '/api/media',
      uploadForm(await photoWithLocation(400, 300), 'no-alt.jpg', 'image/jpeg', { caption: 'x' }),
    )
    expect(noAlt.status).toBe(400)
    expect(fieldErrors(noAlt)).toEqual([expect.objectContaining({ path: 'alt' })])
    expect(
      (
        await newsroom.api(
          'anonymous',
          'POST',
          '/api/media',
          uploadForm(await photoWithLocation(400, 300), 'anon.jpg', 'image/jpeg', FIELDS),
        )
      ).status,
    ).toBe(403)
    const count = await newsroom.payload.count({
      collection: 'media',
      where: { alt: { equals: FIELDS.alt } },
      overrideAccess: true,
    })
    expect(count.totalDocs).toBe(3)
  })
})

describe('what a stored picture file is called', () => {
  // Names are made unique against the files already in the directory (-1, -2…), which outlives a test run.
  it('takes the extension of the format found in its content, not the uploaded name’s, stripped or kept', async () => {
    const jpeg = await photoWithLocation(800, 600)
    const stripped = await newsroom.api(
      'reporter',
      'POST',
      '/api/media',
      uploadForm(jpeg, 'page.html', 'text/html', FIELDS),
    )
    expect(stripped.status).toBe(201)
    expect(stripped.body.doc).toMatchObject({
      filename: expect.stringMatching(/^page(-\d+)?\.jpg$/),
      mimeType: 'image/jpeg',
    })
    const kept = await newsroom.api(
      'editor',
      'POST',
      '/api/media',
      uploadForm(jpeg, 'kept-location.html', 'image/jpeg', { ...FIELDS, keepLocation: true }),
    )
    expect(kept.status).toBe(201)
    expect(kept.body.doc.filename).toMatch(/^kept-location(-\d+)?\.jpg$/)
    const file = await fetch(new URL(kept.body.doc.url, newsroom.baseURL), {
      headers: { authorization: await editorAuthorization() },
    })
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toMatch(/^image\/jpeg/)
    // AVIF (sharp calls its container heif) is admitted, as docs/newsroom-guide.md says, and named .avif.
    const avif = await sharp({
      create: { width: 400, height: 300, channels: 3, background: { r: 200, g: 30, b: 30 } },
    })
      .avif()
      .toBuffer()
    const named = await newsroom.api(
      'reporter',
      'POST',
      '/api/media',
      uploadForm(avif, 'drawing.png', 'image/png', FIELDS),
    )
    expect(named.status).toBe(201)
    expect(named.body.doc).toMatchObject({
      filename: expect.stringMatching(/^drawing(-\d+)?\.avif$/),
      mimeType: 'image/avif',
    })
  })
})

describe('a picture from a URL', () => {
  it('is refused before anything is fetched (400 on url): the file is uploaded, checked and stripped instead', async () => {
    const requests: string[] = []
    const photo = await photoWithLocation(800, 600)
    const server = http.createServer((req, res) => {
      requests.push(req.url ?? '')
      res.writeHead(200, { 'content-type': 'image/jpeg' }).end(photo)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/photo.jpg`
      for (const who of ['reporter', 'editor'] as const) {
        const res = await newsroom.api(who, 'POST', '/api/media', {
          ...FIELDS,
          url,
          filename: 'photo.jpg',
        })
        expect(res.status).toBe(400)
        expect(fieldErrors(res)).toEqual([
          {
            path: 'url',
            message: expect.stringMatching(/not fetched from a URL.*upload the file/),
          },
        ])
      }
      expect(
        (
          await newsroom.api('anonymous', 'POST', '/api/media', {
            ...FIELDS,
            url,
            filename: 'photo.jpg',
          })
        ).status,
      ).toBe(403)
      // Nor does the server fetch one for the admin's “Paste URL” (the browser fetches it and uploads the file).
      expect(
        (await newsroom.api('editor', 'GET', `/api/media/paste-url?src=${encodeURIComponent(url)}`))
          .status,
      ).toBe(400)
      // Without a file or a URL: the file is asked for, by name.
      const none = await newsroom.api('editor', 'POST', '/api/media', FIELDS)
      expect(none.status).toBe(400)
      expect(fieldErrors(none)).toEqual([{ path: 'file', message: expect.stringMatching(/file/) }])
      expect(requests).toEqual([])
      expect(
        (
          await newsroom.payload.count({
            collection: 'media',
            where: { filename: { like: 'photo' } },
            overrideAccess: true,
          })
        ).totalDocs,
      ).toBe(0)
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })
})

describe('a picture with too many pixels', () => {
  it('is refused at once from its header (a 300 KB PNG of 100 megapixels), naming the file and the limit, and holds up no other writer', async () => {
    const bomb = await sharp({
      create: {
        width: 10_000,
        height: 10_000,
        channels: 3,
        background: { r: 255, g: 255, b: 255 },
      },
    })
      .png({ palette: true, compressionLevel: 9 })
      .toBuffer()
    expect(bomb.length).toBeLessThan(2_000_000)
    const started = Date.now()
    const [refused, other] = await Promise.all([
      newsroom
        .api('reporter', 'POST', '/api/media', uploadForm(bomb, 'bomb.png', 'image/png', FIELDS))
        .then((res) => ({ res, ms: Date.now() - started })),
      new Promise((resolve) => setTimeout(resolve, 50)).then(async () => {
        const begun = Date.now()
        const res = await newsroom.api('editor', 'POST', '/api/articles?draft=true', {
          title: 'Written while a picture is checked',
          body: lexicalParagraphs('Text.'),
          _status: 'draft',
        })
        return { res, ms: Date.now() - begun }
      }),
    ])
    expect(refused.res.status).toBe(400)
    expect(fieldErrors(refused.res)).toEqual([
      {
        path: 'file',
        message: expect.stringMatching(
          /10000×10000 pixels \(100\.0 megapixels\); the limit is 50 megapixels/,
        ),
      },
    ])
    expect(refused.ms).toBeLessThan(2_000)
    // Who may not upload is told so first, with no image work done for them.
    for (const who of ['anonymous', 'legal', 'moderator'] as const) {
      expect(
        (
          await newsroom.api(
            who,
            'POST',
            '/api/media',
            uploadForm(bomb, 'bomb.png', 'image/png', FIELDS),
          )
        ).status,
      ).toBe(403)
    }
    expect(other.res.status).toBe(201)
    expect(other.ms).toBeLessThan(2_000)
  })
})

describe('a big picture being processed', () => {
  it('holds up no other writer, created or replaced: its sizes are made outside the database’s write lock', async () => {
    // 49 megapixels (under the cap), cheap to send, a second or so to decode and resize.
    const big = await sharp({
      create: { width: 7_000, height: 7_000, channels: 3, background: { r: 90, g: 120, b: 150 } },
    })
      .png()
      .toBuffer()
    const finished: string[] = []
    const upload = newsroom
      .api('reporter', 'POST', '/api/media', uploadForm(big, 'big.png', 'image/png', FIELDS))
      .then((res) => (finished.push('upload'), res))
    await new Promise((resolve) => setTimeout(resolve, 150))
    const other = await newsroom.api('editor', 'POST', '/api/articles?draft=true', {
      title: 'Written while a big picture is resized',
      body: lexicalParagraphs('Text.'),
      _status: 'draft',
    })
    finished.push('other')
    const uploaded = await upload
    expect(other.status).toBe(201)
    expect(uploaded.status).toBe(201)
    expect(uploaded.body.doc).toMatchObject({
      width: 7_000,
      height: 7_000,
      filename: expect.stringMatching(/^big(-\d+)?\.png$/),
    })
    expect(uploaded.body.doc.sizes.large).toMatchObject({ width: 1920 })
    expect(finished).toEqual(['other', 'upload'])

    // Its file replaced by another (PATCH): the same, and the new file is checked and stripped like any upload.
    const replacing = newsroom
      .api(
        'reporter',
        'PATCH',
        `/api/media/${uploaded.body.doc.id}`,
        uploadForm(big, 'bigger.png', 'image/png', { alt: 'Replaced' }),
      )
      .then((res) => (finished.push('replace'), res))
    await new Promise((resolve) => setTimeout(resolve, 150))
    expect(
      (
        await newsroom.api('editor', 'POST', '/api/articles?draft=true', {
          title: 'Written while a picture is replaced',
          body: lexicalParagraphs('Text.'),
          _status: 'draft',
        })
      ).status,
    ).toBe(201)
    finished.push('other again')
    const replaced = await replacing
    expect(replaced.status).toBe(200)
    expect(replaced.body.doc).toMatchObject({
      alt: 'Replaced',
      width: 7_000,
      filename: expect.stringMatching(/^bigger(-\d+)?\.png$/),
    })
    expect(finished.slice(2)).toEqual(['other again', 'replace'])
    const photo = await newsroom.api(
      'reporter',
      'PATCH',
      `/api/media/${uploaded.body.doc.id}`,
      uploadForm(await photoWithLocation(800, 600), 'new.html', 'text/html', {}),
    )
    expect(photo.status).toBe(200)
    expect(photo.body.doc).toMatchObject({
      width: 800,
      mimeType: 'image/jpeg',
      filename: expect.stringMatching(/^new(-\d+)?\.jpg$/),
    })
    expect(await hasLocation((await download(photo.body.doc.url)).body)).toBe(false)
    // Words alone (JSON, no file): as before.
    const words = await newsroom.api('reporter', 'PATCH', `/api/media/${uploaded.body.doc.id}`, {
      caption: 'Only the caption changes.',
    })
    expect(words.status).toBe(200)
    expect(words.body.doc).toMatchObject({
      caption: 'Only the caption changes.',
      filename: photo.body.doc.filename,
    })
    expect(
      (
        await newsroom.api('anonymous', 'PATCH', `/api/media/${uploaded.body.doc.id}`, {
          caption: 'x',
        })
      ).status,
    ).toBe(403)
  })
})

describe('a story’s picture', () => {
  it('is private until a published story shows it, then in the story’s JSON, JSON-LD (16:9, 4:3, 1:1) and ninjs', async () => {
    const upload = await newsroom.api(
      'editor',
      'POST',
      '/api/media',
      uploadForm(await photoWithLocation(), 'hero.jpg', 'image/jpeg', {
        ...FIELDS,
        alt: 'The station at night',
      }),
    )
    const media = upload.body.doc
    expect((await newsroom.api('anonymous', 'GET', `/api/media/${media.id}`)).status).toBe(404)
    expect((await download(media.url, 'anonymous')).status).toBe(403)
    const draft = await newsroom.api('editor', 'POST', '/api/articles?draft=true', {
      title: 'Pictured story',
      body: lexicalParagraphs('Text.'),
      heroImage: media.id,
      _status: 'draft',
    })
    expect((await newsroom.api('anonymous', 'GET', `/api/media/${media.id}`)).status).toBe(404)

    const published = await newsroom.api('editor', 'PATCH', `/api/articles/${draft.body.doc.id}`, {
      _status: 'published',
    })
    expect(published.status).toBe(200)
    const reader = await newsroom.api('anonymous', 'GET', `/api/media/${media.id}`)
    expect(reader.status).toBe(200)
    expect(reader.body).not.toHaveProperty('source')
    expect(reader.body).not.toHaveProperty('keepLocation')
    expect((await download(media.url, 'anonymous')).status).toBe(200)

    const story = await newsroom.api(
      'anonymous',
      'GET',
      `/api/articles/slug/${published.body.doc.slug}`,
    )
    expect(story.body.heroImage).toMatchObject({
      id: media.id,
      alt: 'The station at night',
      credit: FIELDS.credit,
      provenance: FIELDS.provenance,
      width: 1600,
      height: 1200,
    })
    // Never enlarged: the original is 1600 px wide, so there is no 1920 px `large`, in the shape or the srcset.
    expect(Object.keys(story.body.heroImage.sizes).sort()).toEqual([
      'medium',
      'small',
      'square',
      'standard4x3',
      'thumbnail',
      'wide16x9',
    ])
    for (const size of Object.values(story.body.heroImage.sizes) as { width: number }[]) {
      expect(size.width).toBeLessThanOrEqual(1600)
    }
    expect(media.sizes.large).toMatchObject({ url: null, width: null })
    const jsonld = await newsroom.api(
      'anonymous',
      'GET',
      `/api/articles/slug/${published.body.doc.slug}?format=jsonld`,
    )
    expect(jsonld.body.image).toEqual([
      story.body.heroImage.sizes.wide16x9.url,
      story.body.heroImage.sizes.standard4x3.url,
      story.body.heroImage.sizes.square.url,
    ])
    const ninjs = await newsroom.api(
      'anonymous',
      'GET',
      `/api/articles/slug/${published.body.doc.slug}?format=ninjs`,
    )
    expect(ninjs.body.associations).toEqual([
      expect.objectContaining({ name: 'featureimage', type: 'picture', by: FIELDS.credit }),
    ])
    expect(ninjsValidator()(ninjs.body)).toEqual([])

    // Unpublished again: private again.
    await newsroom.api('editor', 'PATCH', `/api/articles/${draft.body.doc.id}`, {
      _status: 'draft',
    })
    expect((await newsroom.api('anonymous', 'GET', `/api/media/${media.id}`)).status).toBe(404)
  })
})

describe('pictures inside the body', () => {
  const nodeId = (n: number) => `c0ffee${n}`.padEnd(24, '0')
  const picture = async (alt: string, fields: Record<string, unknown> = {}) =>
    (
      await newsroom.api(
        'reporter',
        'POST',
        '/api/media',
        uploadForm(await photoWithLocation(1600, 1200), `${alt.slice(0, 8)}.jpg`, 'image/jpeg', {
          ...FIELDS,
          alt,
          ...fields,
        }),
      )
    ).body.doc
  const readerSees = async (id: number | string) =>
    (await newsroom.api('anonymous', 'GET', `/api/media/${id}`)).status

  it('are private until the story runs, then in its JSON, HTML (srcset, caption, credit), JSON-LD, ninjs and feed; a picture taken out is private again', async () => {
    const street = await picture('The street where the arrest happened')
    const clip = await picture('A still from the security footage', {
      caption: 'Its own caption.',
      credit: 'Security camera',
    })
    const body = lexicalBody(
      paragraphNode('First paragraph.'),
      pictureNode(street.id, nodeId(1), { caption: 'This story’s caption <b>for the street</b>.' }),
      paragraphNode('Second paragraph.'),
      pictureNode(clip.id, nodeId(2)),
    )
    const draft = await newsroom.api('reporter', 'POST', '/api/articles?draft=true', {
      title: 'Story with pictures in the text',
      body,
      _status: 'draft',
    })
    expect(draft.status).toBe(201)
    expect([await readerSees(street.id), await readerSees(clip.id)]).toEqual([404, 404])

    const published = await newsroom.api('editor', 'PATCH', `/api/articles/${draft.body.doc.id}`, {
      _status: 'published',
    })
    expect(published.status).toBe(200)
    expect([await readerSees(street.id), await readerSees(clip.id)]).toEqual([200, 200])
    expect((await download(clip.url, 'anonymous')).status).toBe(200)

    const slug = published.body.doc.slug
    const story = (await newsroom.api('anonymous', 'GET', `/api/articles/slug/${slug}`)).body
    expect(story.bodyImages.map((image: { id: unknown }) => image.id)).toEqual([street.id, clip.id])
    expect(story.bodyImages[1]).toMatchObject({
      alt: 'A still from the security footage',
      caption: 'Its own caption.',
      credit: 'Security camera',
      provenance: FIELDS.provenance,
    })
    expect(
      story.body.root.children
        .filter((node: { type: string }) => node.type === 'upload')
        .map((node: { value: unknown }) => node.value),
    ).toEqual([street.id, clip.id])
    const figures = story.bodyHtml.match(/<figure[\s\S]*?<\/figure>/g) as string[]
    expect(figures).toHaveLength(2)
    expect(figures[0]).toContain(`data-media="${street.id}"`)
    expect(figures[0]).toContain('alt="The street where the arrest happened"')
    expect(figures[0]).toContain(`${story.bodyImages[0].sizes.small.url} 640w`)
    expect(figures[0]).not.toContain('1920w')
    expect(figures[0]).toContain(`${story.bodyImages[0].url} 1600w`)
    // This story's caption, escaped; the picture's own credit.
    expect(figures[0]).toContain(
      '<figcaption>This story’s caption &lt;b&gt;for the street&lt;/b&gt;.<span class="credit"> Bystander photo obtained by the newsroom</span></figcaption>',
    )
    expect(figures[1]).toContain(
      '<figcaption>Its own caption.<span class="credit"> Security camera</span></figcaption>',
    )
    expect(story.bodyHtml.indexOf('First paragraph')).toBeLessThan(
      story.bodyHtml.indexOf(`data-media="${street.id}"`),
    )

    const jsonld = (
      await newsroom.api('anonymous', 'GET', `/api/articles/slug/${slug}?format=jsonld`)
    ).body
    expect(jsonld.image.map((url: string) => new URL(url, newsroom.baseURL).pathname)).toEqual([
      new URL(street.url, newsroom.baseURL).pathname,
      new URL(clip.url, newsroom.baseURL).pathname,
    ])
    const ninjs = (
      await newsroom.api('anonymous', 'GET', `/api/articles/slug/${slug}?format=ninjs`)
    ).body
    expect(ninjs.associations.map((association: { name: string }) => association.name)).toEqual([
      'inlineimage1',
      'inlineimage2',
    ])
    expect(ninjsValidator()(ninjs)).toEqual([])
    const feed = atomFeed({
      stories: [story],
      newsroom: {
        name: 'Test',
        url: 'https://news.example',
        language: 'en',
        policies: [],
      } as never,
      feedUrl: 'https://news.example/feed.xml',
      storyUrl: (s) => `https://news.example/stories/${s}`,
    })
    expect(feed).toContain(
      `https://news.example${new URL(story.bodyImages[0].sizes.medium.url, 'https://x.example').pathname}`,
    )

    // The clip taken out of the text and republished: private again; the street stays public.
    const without = await newsroom.api('editor', 'PATCH', `/api/articles/${draft.body.doc.id}`, {
      body: lexicalBody(paragraphNode('First paragraph.'), pictureNode(street.id, nodeId(1))),
      _status: 'published',
    })
    expect(without.status).toBe(200)
    expect([await readerSees(street.id), await readerSees(clip.id)]).toEqual([200, 404])
    expect((await download(clip.url, 'anonymous')).status).toBe(403)

    // Retracted: the text is gone, and so are its pictures.
    const retracted = await newsroom.api('editor', 'PATCH', `/api/articles/${draft.body.doc.id}`, {
      updateLog: [{ type: 'retraction', text: 'We retract this story.' }],
      _status: 'published',
    })
    expect(retracted.status).toBe(200)
    expect(await readerSees(street.id)).toBe(404)
    const gone = await newsroom.api('anonymous', 'GET', `/api/articles/slug/${slug}`)
    expect(gone.body.bodyImages).toEqual([])
  })

  it('refuses to publish a body whose picture is gone, from another collection, or not an id, naming the body', async () => {
    const doomed = await picture('A picture deleted before the story runs')
    expect((await newsroom.api('editor', 'DELETE', `/api/media/${doomed.id}`)).status).toBe(200)
    const cases: [unknown, RegExp][] = [
      [pictureNode(doomed.id, nodeId(3)), /picture that no longer exists/],
      [
        pictureNode(1, nodeId(4), { relationTo: 'users' }),
        /^A picture in the body is refused: .*invalid selection/,
      ],
      [
        { ...pictureNode(1, nodeId(5)), value: { nested: true } },
        /^A picture in the body is refused: .*not a valid upload ID/,
      ],
      [
        { ...pictureNode(1, nodeId(6)), value: 'not an id' },
        /^A picture in the body is refused: .*not a valid upload ID/,
      ],
    ]
    for (const [node, reason] of cases) {
      const res = await newsroom.api('editor', 'POST', '/api/articles', {
        title: 'Refused picture',
        body: lexicalBody(paragraphNode('Text.'), node as never),
        _status: 'published',
      })
      expect(res.status).toBe(400)
      expect(fieldErrors(res)).toEqual([
        expect.objectContaining({ path: 'body', message: expect.stringMatching(reason) }),
      ])
    }
    // A draft may hold them (drafts are not validated); reading it back, populated, still works.
    const draft = await newsroom.api('editor', 'POST', '/api/articles?draft=true', {
      title: 'Draft with odd pictures',
      body: lexicalBody(...cases.map(([node]) => node as never)),
      _status: 'draft',
    })
    expect(draft.status).toBe(201)
    expect(
      (await newsroom.api('editor', 'GET', `/api/articles/${draft.body.doc.id}?draft=true&depth=2`))
        .status,
    ).toBe(200)
  })

  it('voids a legal sign-off when a picture is added to the text', async () => {
    const { legalFingerprint } = await import('../../src/plugin/workflow/legalReview')
    const text = lexicalBody(paragraphNode('Same words.'))
    expect(
      legalFingerprint({
        body: lexicalBody(paragraphNode('Same words.'), pictureNode(7, nodeId(7))),
      }),
    ).not.toBe(legalFingerprint({ body: text }))
    expect(legalFingerprint({ body: lexicalBody(paragraphNode('Same words.')) })).toBe(
      legalFingerprint({ body: text }),
    )
  })
})
