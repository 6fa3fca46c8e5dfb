import { runLoad, summarize, type Summary } from './load'

/**
 * Each cms request a page makes, measured alone at the page's concurrency:
 * where the page's time goes (auth and routing are paid once per request).
 */
export const measureCmsCalls = async (
  cmsUrl: string,
  token: string,
  paths: string[],
  options: { total: number; concurrency: number },
): Promise<{ path: string; summary: Summary }[]> => {
  const results: { path: string; summary: Summary }[] = []
  for (const path of paths) {
    const send = () => fetch(`${cmsUrl}${path}`, { headers: { Authorization: `JWT ${token}` } })
    const probe = await send()
    if (!probe.ok) throw new Error(`${path} answered ${probe.status}`)
    await runLoad(send, { total: options.concurrency, concurrency: options.concurrency })
    results.push({ path, summary: summarize(await runLoad(send, options)) })
  }
  return results
}
