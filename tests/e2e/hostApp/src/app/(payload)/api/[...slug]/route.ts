import config from '@payload-config'
import '@payloadcms/next/css'
import { restRoutes } from 'newsroom-payload/guards'

// Payload's REST handlers (REST_GET, REST_POST…) behind the plugin's input guards.
export const { GET, POST, DELETE, PATCH, PUT, OPTIONS } = restRoutes(config)
