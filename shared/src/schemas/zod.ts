import { z } from 'zod'

/*
 * The one `z` every schema imports. Zod compiles object parsers with
 * `new Function` when it can, and probes for that as each object schema is
 * built; web's Content-Security-Policy forbids eval, so the probe alone is a
 * violation in the browser. Interpreted parsing gives the same results
 * (docs/decisions/023-security-headers.md). Set before any schema exists:
 * import `z` from here, never from 'zod' directly.
 */
z.config({ jitless: true })

export { z }
