/*
 * `npm start -w web` / the test stack: web in production. The app itself
 * (headers, body limit, static files, React Router) is web/server/app.ts,
 * built into build/server/index.js.
 */
const port = Number(process.env.PORT) || 3000
const { app } = await import('./build/server/index.js')

const server = process.env.HOST
  ? app.listen(port, process.env.HOST, () => console.log(`[web] http://${process.env.HOST}:${port}`))
  : app.listen(port, () => console.log(`[web] http://localhost:${port}`))

for (const signal of ['SIGTERM', 'SIGINT']) process.once(signal, () => server.close())
