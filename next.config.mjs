import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Lets tests run their own Next dev server beside a developer's without sharing build output.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
