import { withPayload } from '@payloadcms/next/withPayload'

/** The public host (SERVER_URL), whose pages may post the reader site's forms when a proxy changes the Host. */
const publicHost = (() => {
  try {
    return process.env.SERVER_URL ? [new URL(process.env.SERVER_URL).host] : []
  } catch {
    return []
  }
})()

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Lets tests run their own Next dev server beside a developer's without sharing build output.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // `npm run dev` opened as http://127.0.0.1:3000 as well as http://localhost:3000 (Next blocks its
  // development resources for other origins, which left the admin blank).
  allowedDevOrigins: ['127.0.0.1', 'localhost', ...publicHost.map((host) => host.split(':')[0])],
  experimental: { serverActions: { allowedOrigins: publicHost } },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
