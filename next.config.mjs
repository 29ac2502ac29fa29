import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The express server in src/server.ts hosts Next; Next never listens on its own.
  poweredByHeader: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
