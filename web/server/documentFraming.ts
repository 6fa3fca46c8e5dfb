/*
 * The one exception to "nothing is framed" (docs/decisions/023-security-headers.md,
 * 042-electronic-signature.md): a client document's page shows its PDF in an
 * <iframe> of our own PDF route, so that route — only it — may be framed, by
 * 'self'. Pages may frame 'self' (frame-src) because the portal navigates
 * client-side: the page that shows the viewer keeps the policy of whatever
 * page was loaded first; every other same-origin response still refuses to
 * be framed (frame-ancestors 'none', X-Frame-Options DENY).
 */

/** `/portail/documents/123/pdf`: the PDF the document page shows. */
const FRAMED_PDF = /^\/portail\/documents\/\d{1,12}\/pdf\/?$/

export type Framing = 'framed' | null

export const framingOf = (pathname: string): Framing => (FRAMED_PDF.test(pathname) ? 'framed' : null)
