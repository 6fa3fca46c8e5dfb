import { reactRouter } from '@react-router/dev/vite'

/*
 * A plain object rather than `defineConfig` from 'vite': the React Router
 * CLI runs the Vite it resolves itself (the root node_modules copy), which
 * may differ from web/node_modules/vite, and their types then disagree.
 */
export default {
  plugins: [reactRouter()],
  // @atlas/shared is TypeScript source, not a built package: bundle it.
  ssr: { noExternal: ['@atlas/shared'] },
  server: { host: '127.0.0.1', port: 3000 },
}
