import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // shared/ is TypeScript source consumed directly (no build step of its own).
  transpilePackages: ['@atlas/shared'],
  poweredByHeader: false,
  experimental: {
    // Keep server class names: Payload names its errors by class (loggingLevels,
    // error formatting), and readable server stack traces are worth the bytes.
    serverMinification: false,
    turbopackMinify: { server: false, client: true },
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
