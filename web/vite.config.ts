import { reactRouter } from '@react-router/dev/vite'

/*
 * A plain function rather than `defineConfig` from 'vite': the React Router
 * CLI runs the Vite it resolves itself (the root node_modules copy), which
 * may differ from web/node_modules/vite, and their types then disagree.
 */
export default ({ isSsrBuild }: { isSsrBuild?: boolean }) => ({
  plugins: [reactRouter()],
  // @atlas/shared is TypeScript source, not a built package: bundle it.
  ssr: { noExternal: ['@atlas/shared'] },
  server: { host: '127.0.0.1', port: 3000 },
  // The server build's entry is web's own HTTP server (security headers, body limit), which wraps React Router's build
  // (docs/decisions/023-security-headers.md).
  build: isSsrBuild ? { rollupOptions: { input: './server/app.ts' } } : {},
})
