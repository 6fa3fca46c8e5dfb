import { createCookieSessionStorage, data, redirect } from 'react-router'
import type { Locale } from '@atlas/shared/i18n'
import { cmsFetch } from './cms.server'
import { env } from './env.server'
import { tokenExpiry, tokenState } from './tokenExpiry.server'
import type { User } from './user'

/**
 * `heldToken`: a login waiting for its second factor (docs/decisions/024) —
 * the cms refuses it everywhere until /connexion's code step verifies it.
 */
/**
 * `returnTo`: where a visitor who signed up from a page (e.g. a plan chosen on /tarifs) goes once their
 * address is confirmed and they log in — the mail's link opens in the same browser.
 */
type SessionData = { token: string; exp: number; locale: Locale; heldToken: string; heldExp: number; heldRedirect: string; returnTo: string }

export const sessionStorage = createCookieSessionStorage<SessionData>({
  cookie: {
    name: 'atlas_session',
    httpOnly: true,
    sameSite: 'lax',
    // Secure when the site is served over HTTPS; `npm start` serves plain http on localhost.
    secure: env.webUrl.startsWith('https:'),
    path: '/',
    secrets: [env.sessionSecret],
    maxAge: 60 * 60 * 24 * 30,
  },
})

export const getSession = (request: Request) => sessionStorage.getSession(request.headers.get('Cookie'))

type Identity =
  | { kind: 'user'; user: User; token: string; headers: Headers }
  | { kind: 'anonymous'; headers: Headers }
  | { kind: 'unavailable' }

/** What the cms says about a token: who it is (maybe with a fresh token), nobody, or no answer. */
type TokenCheck =
  | { kind: 'user'; user: User; token: string; exp: number; refreshed: boolean }
  | { kind: 'invalid' }
  | { kind: 'unavailable' }

async function checkToken(token: string, exp: number | undefined): Promise<TokenCheck> {
  const state = tokenState(exp)
  if (state === 'expired') return { kind: 'invalid' }
  let refreshed = false
  if (state === 'refresh') {
    const answer = await cmsFetch<{ refreshedToken?: string; exp?: number }>('/api/users/refresh-token', {
      method: 'POST',
      token,
    })
    if (answer.kind === 'unavailable') return { kind: 'unavailable' }
    if (!answer.ok || !answer.data?.refreshedToken) return { kind: 'invalid' }
    token = answer.data.refreshedToken
    exp = answer.data.exp ?? tokenExpiry(token) ?? 0
    refreshed = true
  }
  const me = await cmsFetch<{ user: User | null }>('/api/users/me', { token })
  if (me.kind === 'unavailable') return { kind: 'unavailable' }
  if (!me.ok || !me.data?.user) return { kind: 'invalid' }
  return { kind: 'user', user: me.data.user, token, exp: exp ?? 0, refreshed }
}

/*
 * A layout and its page load in parallel, each with its own copy of the
 * Request: share one check per token while it is in flight, so the cms is
 * asked (and the token refreshed) once per page.
 */
const checksInFlight = new Map<string, Promise<TokenCheck>>()
function checkTokenOnce(token: string, exp: number | undefined): Promise<TokenCheck> {
  let check = checksInFlight.get(token)
  if (!check) {
    check = checkToken(token, exp).finally(() => checksInFlight.delete(token))
    checksInFlight.set(token, check)
  }
  return check
}

async function identityOf(request: Request): Promise<Identity> {
  const session = await getSession(request)
  const token = session.get('token')
  if (!token) return { kind: 'anonymous', headers: new Headers() }
  const check = await checkTokenOnce(token, session.get('exp'))
  if (check.kind === 'unavailable') return check
  if (check.kind === 'invalid') {
    // Forget the dead token (keeping the language) and say so with a Set-Cookie.
    session.unset('token')
    session.unset('exp')
    return { kind: 'anonymous', headers: new Headers({ 'Set-Cookie': await sessionStorage.commitSession(session) }) }
  }
  const headers = new Headers()
  if (check.refreshed) {
    session.set('token', check.token)
    session.set('exp', check.exp)
    headers.set('Set-Cookie', await sessionStorage.commitSession(session))
  }
  return { kind: 'user', user: check.user, token: check.token, headers }
}

export type SignedIn = { user: User; token: string; headers: Headers }

/**
 * The signed-in person, their token, and headers to return with the page
 * (a Set-Cookie when the token was just refreshed). Throws a redirect to
 * /connexion when nobody is signed in, and a 503 when the cms is down.
 */
export async function requireUser(request: Request): Promise<SignedIn> {
  const identity = await identityOf(request)
  if (identity.kind === 'unavailable') throw data({ reason: 'cms-unavailable' }, { status: 503 })
  if (identity.kind === 'anonymous') {
    const url = new URL(request.url)
    const redirectTo = encodeURIComponent(`${url.pathname}${url.search}`)
    throw redirect(`/connexion?redirectTo=${redirectTo}`, { headers: identity.headers })
  }
  return identity
}

/** The signed-in person, or null — also when the cms cannot say. */
export async function getOptionalUser(request: Request): Promise<SignedIn | null> {
  const identity = await identityOf(request)
  return identity.kind === 'user' ? identity : null
}

/** Whether the session holds a token that has not expired; asks the cms nothing. */
export async function hasLiveSession(request: Request): Promise<boolean> {
  const session = await getSession(request)
  return Boolean(session.get('token')) && tokenState(session.get('exp')) !== 'expired'
}

/** Keep a fresh token (and the reader's language) and go to `redirectTo`. */
export async function createUserSession(
  request: Request,
  { token, exp, locale, redirectTo }: { token: string; exp?: number; locale?: Locale; redirectTo: string },
) {
  const session = await getSession(request)
  session.set('token', token)
  session.set('exp', exp ?? tokenExpiry(token) ?? 0)
  if (locale) session.set('locale', locale)
  session.unset('returnTo')
  return redirect(redirectTo, { headers: { 'Set-Cookie': await sessionStorage.commitSession(session) } })
}

/** After a right password on an account with TOTP: keep the held token and come back to /connexion for the code. */
export async function holdLogin(
  request: Request,
  { token, exp, locale, redirectTo }: { token: string; exp?: number; locale?: Locale; redirectTo: string },
) {
  const session = await getSession(request)
  session.set('heldToken', token)
  session.set('heldExp', exp ?? tokenExpiry(token) ?? 0)
  session.set('heldRedirect', redirectTo)
  if (locale) session.set('locale', locale)
  return redirect('/connexion', { headers: { 'Set-Cookie': await sessionStorage.commitSession(session) } })
}

/** The login held for its code, if any and not expired. */
export async function heldLogin(request: Request): Promise<{ token: string; exp: number; redirectTo: string } | null> {
  const session = await getSession(request)
  const token = session.get('heldToken')
  const exp = session.get('heldExp') ?? 0
  if (!token || tokenState(exp) === 'expired') return null
  return { token, exp, redirectTo: session.get('heldRedirect') ?? '/portail' }
}

/** The code was right (the held token now works): it becomes the session's token. Or, `token` absent, the held login is dropped. */
export async function releaseHeldLogin(request: Request, release?: { token: string; exp: number; redirectTo: string }) {
  const session = await getSession(request)
  session.unset('heldToken')
  session.unset('heldExp')
  session.unset('heldRedirect')
  if (release) {
    session.set('token', release.token)
    session.set('exp', release.exp)
  }
  return redirect(release ? release.redirectTo : '/connexion', { headers: { 'Set-Cookie': await sessionStorage.commitSession(session) } })
}

/** End the session at the cms (the token stops working) and forget it here. */
export async function logout(request: Request, redirectTo = '/') {
  const session = await getSession(request)
  const token = session.get('token')
  if (token) await cmsFetch('/api/users/logout', { method: 'POST', token })
  return redirect(redirectTo, { headers: { 'Set-Cookie': await sessionStorage.destroySession(session) } })
}

/** Remember the reader's language; returns the Set-Cookie value. */
export async function commitLocale(request: Request, locale: Locale): Promise<string> {
  const session = await getSession(request)
  session.set('locale', locale)
  return sessionStorage.commitSession(session)
}

/** Remember where a sign-up started (a path on this site), for after the e-mail is confirmed; returns the Set-Cookie value. */
export async function commitReturnTo(request: Request, returnTo: string): Promise<string> {
  const session = await getSession(request)
  session.set('returnTo', returnTo)
  return sessionStorage.commitSession(session)
}

/** Where the sign-up in this browser started, if it named a page. */
export async function returnToOf(request: Request): Promise<string | null> {
  return (await getSession(request)).get('returnTo') ?? null
}
