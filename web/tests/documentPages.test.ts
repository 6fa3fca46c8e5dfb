import { describe, expect, it } from 'vitest'
import { createAccount } from '../../tests/support/accounts'
import { readyDocument } from '../../tests/support/documents'
import { signedInClient } from './billingSupport'
import { webClient } from './webClient'

/**
 * "Mes documents" and a document's PDF through web, over real HTTP, without
 * JavaScript (decision 042): the resource route proxies the reader's own
 * documents only, never cached; the signature form answers at its fields
 * and keeps what was typed but the password.
 */
describe('the client document PDF route', () => {
  it('serves the reader’s own PDF, not cached, as a download or inline for the viewer, framed only by our pages', async () => {
    const advisor = await createAccount('advisor')
    const investor = await createAccount('investor', { advisor: advisor.id })
    const doc = await readyDocument(investor.id, 'der')
    const client = await signedInClient(investor)

    const download = await client.get(`/portail/documents/${doc.id}/pdf`)
    expect(download.status).toBe(200)
    expect(download.response.headers.get('content-type')).toBe('application/pdf')
    expect(download.response.headers.get('cache-control')).toBe('private, no-store')
    expect(download.response.headers.get('content-disposition')).toMatch(/^attachment; filename="[A-Za-z0-9._-]+\.pdf"$/)
    expect(download.response.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(download.response.headers.get('content-security-policy')).toContain("frame-ancestors 'self'")
    expect(download.html.startsWith('%PDF-')).toBe(true)

    const inline = await client.get(`/portail/documents/${doc.id}/pdf?inline=1`)
    expect(inline.response.headers.get('content-disposition')).toMatch(/^inline; /)

    // Not signed yet: no signed copy.
    expect((await client.get(`/portail/documents/${doc.id}/pdf?copy=signed`)).status).toBe(404)
  })

  it('answers 404 for another investor’s document or a bad id, and sends a visitor to log in', async () => {
    const owner = await createAccount('investor')
    const doc = await readyDocument(owner.id, 'der')
    const other = await signedInClient(await createAccount('investor'))
    for (const id of [String(doc.id), '999999999', 'abc']) {
      const refused = await other.get(`/portail/documents/${id}/pdf`)
      expect(refused.status).toBe(404)
      expect(refused.html).toBe('Ce document n’existe pas ou n’est pas le vôtre.')
      expect(refused.response.headers.get('cache-control')).toBe('private, no-store')
    }
    const visitor = await webClient().get(`/portail/documents/${doc.id}/pdf`)
    expect(visitor.status).toBe(302)
    expect(visitor.location).toContain('/connexion?redirectTo=')
  })
})

describe('Mes documents', () => {
  it('lists the documents with their state, the one to sign marked, and signs from the document page without JavaScript', async () => {
    const advisor = await createAccount('advisor')
    const investor = await createAccount('investor', { advisor: advisor.id, name: 'Jean Dupont' })
    const letter = await readyDocument(investor.id, 'lettreMission')
    await readyDocument(investor.id, 'bilan', { status: 'rendering' })
    const client = await signedInClient(investor)

    const list = await client.get('/portail/documents')
    expect(list.status).toBe(200)
    expect(list.html).toContain('Mes documents')
    expect(list.html).toContain('Lettre de mission')
    expect(list.html).toContain('À signer')
    expect(list.html).toContain('En préparation… 40 %')
    // Still preparing: without JavaScript the page reloads itself.
    expect(list.html).toMatch(/<noscript><meta http-equiv="refresh" content="5"\/?><\/noscript>/)

    const page = await client.get(`/portail/documents/${letter.id}`)
    expect(page.html).toContain(`src="/portail/documents/${letter.id}/pdf?inline=1"`)
    expect(page.html).toContain('Signer le document')
    expect(page.response.headers.get('content-security-policy')).toContain("frame-src 'self'")
    expect(page.response.headers.get('x-frame-options')).toBe('DENY')

    const refused = await client.post(`/portail/documents/${letter.id}`, { name: 'Jean Martin', password: 'wrong-password-42' })
    expect(refused.status).toBe(400)
    expect(refused.html).toContain('Le nom tapé doit être celui de votre compte : Jean Dupont.')
    expect(refused.html).toContain('Cochez la case pour confirmer')
    expect(refused.html).toContain('value="Jean Martin"')
    expect(refused.html).not.toContain('wrong-password-42')

    const signed = await client.post(`/portail/documents/${letter.id}`, { name: 'jean dupont', consent: 'on', password: 'Correct-horse-42-battery' })
    expect(signed.status).toBe(302)
    expect(signed.location).toBe(`/portail/documents/${letter.id}?signe=1`)
    const after = await client.get(signed.location!)
    expect(after.html).toContain('Preuve de signature')
    expect(after.html).toContain('Mot de passe du compte')
    expect(after.html).toContain(letter.sha)
    expect(after.html).not.toContain('Signer le document</button>')
    const copy = await client.get(`/portail/documents/${letter.id}/pdf?copy=signed`)
    expect(copy.status).toBe(200)
    expect(copy.response.headers.get('cache-control')).toBe('private, no-store')
  })
})
