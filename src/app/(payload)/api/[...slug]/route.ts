import config from '@payload-config'
import '@payloadcms/next/css'
import { restRoutes } from 'newsroom-payload/guards'

export const { GET, POST, DELETE, PATCH, PUT, OPTIONS } = restRoutes(config)
