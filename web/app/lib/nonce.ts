import { createContext, useContext } from 'react'

/**
 * This response's Content-Security-Policy nonce (web/server/app.ts makes one per
 * request; docs/decisions/023-security-headers.md). Every inline script must
 * carry it. Only the server render knows it: in the browser it is undefined,
 * which is fine, the scripts are already in the page.
 */
export const NonceContext = createContext<string | undefined>(undefined)

export const useNonce = (): string | undefined => useContext(NonceContext)
