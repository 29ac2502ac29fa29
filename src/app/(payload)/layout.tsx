import type { ServerFunctionClient } from 'payload'
import type React from 'react'

import '@payloadcms/next/css'
import config from '@payload-config'
import { handleServerFunctions, RootLayout } from '@payloadcms/next/layouts'
import { newsroomServerFunctions } from 'newsroom-payload/rsc'

import { importMap } from './admin/importMap.js'
import './custom.scss'

type Args = { children: React.ReactNode }

const serverFunction: ServerFunctionClient = async function (args) {
  'use server'
  // Payload's, except that cancelling a scheduled publish needs the right to publish the document.
  return handleServerFunctions({
    ...args,
    config,
    importMap,
    serverFunctions: newsroomServerFunctions,
  })
}

const Layout = ({ children }: Args) => (
  <RootLayout config={config} importMap={importMap} serverFunction={serverFunction}>
    {children}
  </RootLayout>
)

export default Layout
