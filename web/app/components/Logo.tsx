import { Link } from 'react-router'
import { useT } from '../lib/translation'

/** The Atlas mark — a globe's meridians over a rising line — and its name, linking home. */
export function Logo({ to = '/' }: { to?: string }) {
  const t = useT()
  return (
    <Link to={to} className="logo" aria-label={t('brand.home')}>
      <svg className="logo-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <circle cx="16" cy="16" r="15" fill="var(--color-navy-800)" />
        <ellipse cx="16" cy="16" rx="6.5" ry="15" fill="none" stroke="var(--color-teal-300)" strokeWidth="1.6" />
        <path d="M1.5 16h29" stroke="var(--color-teal-300)" strokeWidth="1.6" />
        <path d="M7 21.5l5.5-5 4 3 8.5-8.5" fill="none" stroke="#fff" strokeWidth="2.4" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <span className="logo-word">{t('brand.name')}</span>
    </Link>
  )
}
