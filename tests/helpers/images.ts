import sharp from 'sharp'

/** A generated photo (JPEG), with an EXIF location like a phone's, for upload tests. */
export const photoWithLocation = (width = 1600, height = 1200) =>
  sharp({ create: { width, height, channels: 3, background: { r: 40, g: 90, b: 140 } } })
    .jpeg({ quality: 85 })
    .withExif({
      IFD0: { Make: 'TestPhone', Model: 'Serial 12345' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '51/1 30/1 26/1',
        GPSLongitudeRef: 'W',
        GPSLongitude: '0/1 7/1 39/1',
      },
    })
    .toBuffer()

/** A multipart upload body: the file and the document's fields, as Payload's REST API takes them. */
export const uploadForm = (
  file: Buffer,
  filename: string,
  type: string,
  fields: Record<string, unknown>,
) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file)], { type }), filename)
  form.append('_payload', JSON.stringify(fields))
  return form
}

/** Does this image file carry EXIF GPS data (the GPS IFD pointer, tag 0x8825, in either byte order)? */
export const hasLocation = async (file: Buffer) => {
  const { exif } = await sharp(file).metadata()
  return Boolean(
    exif &&
    (exif.indexOf(Buffer.from([0x88, 0x25])) >= 0 || exif.indexOf(Buffer.from([0x25, 0x88])) >= 0),
  )
}
