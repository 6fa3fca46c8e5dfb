import { isRouteErrorResponse } from 'react-router'
import { useT } from '../lib/translation'
import { Logo } from './Logo'
import { ButtonLink } from './ui/Button'

/** The friendly page for a missing page (404), a cms outage (503) or any other failure. */
export function ErrorPage({ error }: { error: unknown }) {
  const t = useT()
  const status = isRouteErrorResponse(error) ? error.status : 500
  const [title, body] =
    status === 404
      ? (['error.notFound.title', 'error.notFound.body'] as const)
      : status === 503
        ? (['error.unavailable.title', 'errors.service.unavailable'] as const)
        : (['error.generic.title', 'error.generic.body'] as const)
  const stack = import.meta.env.DEV && error instanceof Error ? error.stack : undefined
  return (
    <div className="error-page">
      <header className="error-page-header container">
        <Logo />
      </header>
      <main id="contenu" className="container error-page-main">
        <p className="error-page-code" aria-hidden="true">{status}</p>
        <h1 data-testid="error-title">{t(title)}</h1>
        <p className="lead">{t(body)}</p>
        <ButtonLink to="/">{t('error.home')}</ButtonLink>
        {stack ? <pre className="error-page-stack">{stack}</pre> : null}
      </main>
    </div>
  )
}
