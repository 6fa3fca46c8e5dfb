import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import { useLocation } from 'react-router'
import { useT } from '../lib/translation'

/**
 * The public site's menu on a phone: a <details>/<summary> disclosure, so it
 * opens and closes without JavaScript. Once hydrated it adds what the
 * element lacks: `aria-expanded` kept in step, Escape closes it and gives the
 * focus back to the button, a click outside or a navigation closes it.
 * Hidden on wide screens, where the links sit in the header. The cms pages
 * (landing, tarifs, faq…) are plain HTML without scripts (decision 014): there
 * the native disclosure is all there is, and the browser itself exposes the
 * summary's expanded state; no inline script is added (strict CSP).
 */
export function SiteMenu({ children }: { children: ReactNode }) {
  const t = useT()
  const location = useLocation()
  const details = useRef<HTMLDetailsElement>(null)
  const summary = useRef<HTMLElement>(null)
  const [hydrated, setHydrated] = useState(false)
  const [open, setOpen] = useState(false)

  useEffect(() => setHydrated(true), [])
  useEffect(() => {
    if (details.current) details.current.open = false
  }, [location.pathname, location.search, location.hash])
  useEffect(() => {
    if (!open) return
    const closeOutside = (event: PointerEvent) => {
      if (details.current && !details.current.contains(event.target as Node)) details.current.open = false
    }
    document.addEventListener('pointerdown', closeOutside)
    return () => document.removeEventListener('pointerdown', closeOutside)
  }, [open])

  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !details.current?.open) return
    event.preventDefault()
    details.current.open = false
    summary.current?.focus()
  }

  return (
    <details ref={details} className="site-menu" onToggle={() => setOpen(Boolean(details.current?.open))} onKeyDown={closeOnEscape}>
      <summary
        ref={summary}
        className="site-menu-toggle"
        aria-controls="site-menu-panel"
        aria-expanded={hydrated ? open : undefined}
        data-testid="site-menu-toggle"
      >
        <svg className="site-menu-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path className="site-menu-bars" d="M4 7h16M4 12h16M4 17h16" />
          <path className="site-menu-cross" d="M6 6l12 12M18 6L6 18" />
        </svg>
        <span className="site-menu-label-open">{t('nav.menu')}</span>
        <span className="site-menu-label-close">{t('nav.menuClose')}</span>
      </summary>
      <div id="site-menu-panel" className="site-menu-panel" data-testid="site-menu-panel">
        {children}
      </div>
    </details>
  )
}
