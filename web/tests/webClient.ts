import { testEnv } from '../../tests/support/env'
import { behindProxy } from '../../tests/support/visitor'

/**
 * A browser without JavaScript: posts forms to web's actions over real HTTP,
 * keeps cookies, never follows redirects by itself (so tests see them).
 */
export const webClient = (extraHeaders: Record<string, string> = {}) => {
  const visitor = behindProxy()
  const cookies = new Map<string, string>()

  const remember = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';')
      const [name, ...rest] = pair!.split('=')
      cookies.set(name!.trim(), rest.join('='))
    }
  }

  const cookieHeader = () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ')

  const request = async (method: 'GET' | 'POST', path: string, form?: Record<string, string> | URLSearchParams) => {
    const response = await fetch(`${testEnv.webUrl}${path}`, {
      method,
      redirect: 'manual',
      headers: {
        Cookie: cookieHeader(),
        'Accept-Language': 'fr-FR,fr;q=0.9',
        // Each client is its own visitor behind web's proxy (own rate-limit buckets), unless a test says otherwise.
        ...visitor,
        ...extraHeaders,
        ...(form ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: form ? new URLSearchParams(form).toString() : undefined,
    })
    remember(response)
    return { status: response.status, location: response.headers.get('location'), html: await response.text(), response }
  }

  return {
    get: (path: string) => request('GET', path),
    /** A form; a URLSearchParams when a name repeats (checkboxes). */
    post: (path: string, form: Record<string, string> | URLSearchParams) => request('POST', path, form),
    cookie: (name: string) => cookies.get(name),
    setCookieLines: async (path: string, form: Record<string, string>) => {
      const { response } = await request('POST', path, form)
      return response.headers.getSetCookie()
    },
  }
}
