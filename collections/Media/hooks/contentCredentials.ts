import type { CollectionBeforeChangeHook } from 'payload'

import {
  type ContentCredentials,
  CREDENTIALS_READ,
  publicCredentialsLine,
} from '../../../src/plugin/media/contentCredentials'

/**
 * The credentials read from the file uploaded with this request (checkUploadedImage) kept on the
 * picture, and its digital source type taken from them unless the editor chose one. A save without a
 * new file keeps what was read before.
 */
export const recordContentCredentials: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  req,
}) => {
  const read = req.context[CREDENTIALS_READ] as ContentCredentials | undefined
  delete req.context[CREDENTIALS_READ]
  if (read) {
    keepCredentials(data, read)
  }
  // Readers' line follows the credentials and whether a source gave the picture.
  data.credentialsLine = publicCredentialsLine(data.credentials ?? originalDoc?.credentials, {
    fromSource: Boolean(data.source !== undefined ? data.source : originalDoc?.source),
  })
  return data
}

const keepCredentials = (data: Record<string, any>, read: ContentCredentials) => {
  data.credentials = {
    state: read.state,
    trusted: read.trusted,
    signedBy: read.signedBy,
    signerOrganisation: read.signerOrganisation,
    issuer: read.issuer,
    generator: read.generator,
    software: read.software.join(', ') || null,
    actions: read.actions.join(', ') || null,
    sourceType: read.digitalSourceType,
    ingredients: read.ingredients.join(', ') || null,
    problems: read.problems.join(', ') || null,
    checkedAt: new Date().toISOString(),
  }
  if (!data.digitalSourceType && read.digitalSourceType) {
    data.digitalSourceType = read.digitalSourceType
  }
}
