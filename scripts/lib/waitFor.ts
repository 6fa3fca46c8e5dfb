/** Polls `url` until it answers 2xx, or throws after `timeoutMs`. */
export const waitForHttp = async (url: string, timeoutMs = 120_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs
  let last = ''
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) })
      if (response.ok) return
      last = `HTTP ${response.status}`
    } catch (error) {
      last = String((error as Error).message)
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${url} did not become ready in ${timeoutMs} ms (${last})`)
}
