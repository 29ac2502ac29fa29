import config from '@payload-config'
import { REST_OPTIONS } from '@payloadcms/next/routes'
import { graphQLPost } from 'newsroom-payload/guards'

export const POST = graphQLPost(config)
export const OPTIONS = REST_OPTIONS(config)
