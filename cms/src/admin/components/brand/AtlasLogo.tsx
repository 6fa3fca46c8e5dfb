/** The Atlas wordmark on the admin's login page (admin.components.graphics.Logo). */
export function AtlasLogo() {
  return (
    <svg role="img" aria-label="Atlas" viewBox="0 0 220 64" width="220" height="64" xmlns="http://www.w3.org/2000/svg">
      <rect width="64" height="64" rx="14" fill="#1f3a5f" />
      <path d="M32 12 50 52H42L38.4 43H25.6L22 52H14ZM28.2 36.5H35.8L32 26.5Z" fill="#f5c451" />
      <text x="80" y="45" fontFamily="system-ui, sans-serif" fontSize="36" fontWeight="700" fill="currentColor">
        Atlas
      </text>
    </svg>
  )
}

/** The Atlas mark in the admin's navigation (admin.components.graphics.Icon). */
export function AtlasIcon() {
  return (
    <svg role="img" aria-label="Atlas" viewBox="0 0 64 64" width="28" height="28" xmlns="http://www.w3.org/2000/svg">
      <rect width="64" height="64" rx="14" fill="#1f3a5f" />
      <path d="M32 12 50 52H42L38.4 43H25.6L22 52H14ZM28.2 36.5H35.8L32 26.5Z" fill="#f5c451" />
    </svg>
  )
}
