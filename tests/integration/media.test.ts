import { makeTestSigner, type TestSigner } from '../helpers/contentCredentials'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom'
import { bodyPictures } from './media/bodyPictures'
import { contentCredentials } from './media/contentCredentials'
import { type MediaSuite } from './media/context'
import { fromUrl } from './media/fromUrl'
import { largePictures } from './media/largePictures'
import { storyPicture } from './media/storyPicture'
import { uploading } from './media/uploading'

/**
 * Pictures over HTTP: uploads checked by content (raster images only, no SVG, a size cap), the
 * original stored without its location unless kept on purpose, Payload's sizes and crops, and the
 * picture in the story's JSON, JSON-LD and ninjs; readers see a picture only once a published story
 * shows it.
 *
 * One newsroom for every area (one Payload per test file). tests/integration/media/ holds the
 * requests they share and the areas (uploading, fromUrl, largePictures, storyPicture, bodyPictures),
 * called here in the order this file has always run them: they share the database and its files
 * (uploading counts the pictures stored with the same words).
 */
let newsroom: TestNewsroom
let agency: TestSigner
let newsroomSigner: TestSigner
beforeAll(async () => {
  agency = await makeTestSigner('Test Photo Agency')
  newsroomSigner = await makeTestSigner('Test Newsroom')
  newsroom = await startNewsroom({
    newsroom: {
      media: {
        maxFileBytes: 2_000_000,
        trustAnchors: agency.caPem,
        // The newsroom signs the sizes it publishes (see media/contentCredentials.ts).
        signing: { certificate: newsroomSigner.certificate, privateKey: newsroomSigner.privateKey },
      },
    },
  })
})
afterAll(async () => newsroom?.close())

const suite: MediaSuite = {
  get newsroom() {
    return newsroom
  },
  get agency() {
    return agency
  },
  get newsroomSigner() {
    return newsroomSigner
  },
}

uploading(suite)
fromUrl(suite)
largePictures(suite)
storyPicture(suite)
bodyPictures(suite)
contentCredentials(suite)
