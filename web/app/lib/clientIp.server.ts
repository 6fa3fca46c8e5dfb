/**
 * The visitor's IP as web's reverse proxy reports it: the last address of
 * X-Forwarded-For (the one the proxy itself appended; earlier entries are
 * whatever the client claimed). See docs/decisions/008-contact-form-rate-limit.md.
 */
export function clientIpOf(request: Request): string {
  const chain = request.headers.get('x-forwarded-for') ?? ''
  const last = chain.split(',').map((part) => part.trim()).filter(Boolean).at(-1)
  return last || request.headers.get('x-real-ip')?.trim() || 'unknown'
}
