import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // shared/ is TypeScript source consumed directly (no build step of its own).
  transpilePackages: ['@atlas/shared'],
  poweredByHeader: false,
  // Built files (scripts, styles, fonts) skip the proxy. Of the security headers only nosniff means something for a
  // script or a style sheet (the others govern documents, which the proxy and the API route cover), and HSTS is sent by
  // every page and API answer (docs/decisions/023-security-headers.md).
  headers: async () => [
    { source: '/_next/:path*', headers: [{ key: 'X-Content-Type-Options', value: 'nosniff' }] },
  ],
  experimental: {
    // Keep server class names: Payload names its errors by class (loggingLevels,
    // error formatting), and readable server stack traces are worth the bytes.
    serverMinification: false,
    turbopackMinify: { server: false, client: true },
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
