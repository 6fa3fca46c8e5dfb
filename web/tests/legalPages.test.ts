import { describe, expect, it } from 'vitest'
import { formatSiren } from '@atlas/shared/firm'
import type { Firm } from '@atlas/shared/payload-types'
import { testEnv } from '../../tests/support/env'
import { testPayload } from '../../tests/support/payload'
import { firmFooter, firmInformation } from '../app/lib/firm.server'
import { webClient } from './webClient'

/*
 * The legal pages and the footer, rendered by web from the cms `firm` global
 * over real HTTP. (The e2e test may be renaming the firm meanwhile: what is
 * compared here is what it leaves alone — SIREN, ORIAS, DPO, insurer, host.)
 */

const stored = async () => (await (await testPayload()).findGlobal({ slug: 'firm', overrideAccess: true, depth: 0 })) as Firm
const realCms = { baseUrl: testEnv.cmsUrl, fetch: globalThis.fetch }
const NBSP = /\u00a0|\u202f/g
const textOf = (html: string) => html.replace(NBSP, ' ').replace(/&#x27;|&#39;/g, "'")

describe('the firm information web reads', () => {
  it('comes whole from the cms global (one loader helper), and the footer gets its name and ORIAS number', async () => {
    const firm = await stored()
    const read = await firmInformation(realCms)
    expect(read).toMatchObject({ siren: firm.siren, orias: { number: firm.orias.number }, dpo: { email: firm.dpo.email } })
    expect(await firmFooter(realCms)).toEqual({ legalName: expect.any(String), oriasNumber: firm.orias.number })
  })

  it('is a 503, not a page with holes, when the cms cannot answer', async () => {
    const down = { baseUrl: 'http://127.0.0.1:9', fetch: globalThis.fetch }
    await expect(firmInformation(down)).rejects.toMatchObject({ init: { status: 503 } })
    expect(await firmFooter(down)).toBeNull()
  })
})

describe('the legal pages', () => {
  it('/cgu answers 200 with the terms, the firm’s details, and a link to the privacy page', async () => {
    const firm = await stored()
    const { status, html } = await webClient().get('/cgu')
    expect(status).toBe(200)
    const text = textOf(html)
    expect(text).toContain('Conditions générales d’utilisation')
    for (const heading of ['Objet', 'Accès au service', 'Compte', 'Responsabilité', 'Propriété intellectuelle', 'Données personnelles', 'Droit applicable']) {
      expect(text).toContain(heading)
    }
    expect(text).toContain(firm.mediator.name)
    expect(text).toContain('href="/confidentialite"')
  })

  it('/mentions-legales names the publisher (SIREN, RCS), the director, the host, ORIAS, the CIF association, the insurer and the mediator', async () => {
    const firm = await stored()
    const { status, html } = await webClient().get('/mentions-legales')
    expect(status).toBe(200)
    const text = textOf(html)
    for (const value of [formatSiren(firm.siren), firm.rcsCity, firm.publicationDirector, firm.host.name, firm.orias.number, firm.cifAssociation!, firm.insurance.insurer, firm.insurance.policyNumber, firm.mediator.name]) {
      expect(text).toContain(value)
    }
    expect(text).toContain('Conseiller en investissements financiers (CIF)')
  })

  it('/confidentialite names the controller, the DPO, the legal bases, retention, GDPR rights and the CNIL', async () => {
    const firm = await stored()
    const { status, html } = await webClient().get('/confidentialite')
    expect(status).toBe(200)
    const text = textOf(html)
    for (const value of [firm.dpo.name, firm.dpo.email, 'Finalités et bases légales', 'Durées de conservation', 'portabilité', 'CNIL']) expect(text).toContain(value)
  })

  it('is in English for an English reader', async () => {
    const { html } = await webClient({ 'Accept-Language': 'en' }).get('/cgu')
    expect(html).toContain('Terms of use')
    expect(html).toContain('Governing law and disputes')
  })

  it('has no placeholder left anywhere, and the footer links to all three', async () => {
    for (const path of ['/mentions-legales', '/cgu', '/confidentialite', '/inscription']) {
      const { html } = await webClient().get(path)
      expect(html).not.toMatch(/à compléter|atlas\.example/)
      for (const link of ['/mentions-legales', '/cgu', '/confidentialite']) expect(html).toContain(`href="${link}"`)
      expect(html).toContain(`ORIAS n° ${(await stored()).orias.number}`)
    }
  })
})
