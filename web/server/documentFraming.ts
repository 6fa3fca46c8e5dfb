/*
 * The one exception to "nothing frames, nothing is framed"
 * (docs/decisions/023-security-headers.md, 042-electronic-signature.md): a
 * client document's page shows its PDF in an <iframe> of our own PDF route,
 * so that page may frame 'self', and that route — only it — may be framed
 * by 'self'. Every other response keeps frame-src and frame-ancestors 'none'.
 */

/** `/portail/documents/123`: the page with the viewer. */
const VIEWER_PAGE = /^\/portail\/documents\/\d{1,12}\/?$/
/** `/portail/documents/123/pdf`: the PDF it shows. */
const FRAMED_PDF = /^\/portail\/documents\/\d{1,12}\/pdf\/?$/

export type Framing = 'viewer' | 'framed' | null

export const framingOf = (pathname: string): Framing => (VIEWER_PAGE.test(pathname) ? 'viewer' : FRAMED_PDF.test(pathname) ? 'framed' : null)
