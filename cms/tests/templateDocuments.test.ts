import { writeFile } from 'node:fs/promises'
import { createElement } from 'react'
import { createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { PLACEHOLDERS, placeholderToken } from '@atlas/shared/documents/placeholders'
import type { DocumentTemplate, User } from '@atlas/shared/payload-types'
import { uniqueEmail } from '../../tests/support/accounts'
import { testPayload } from '../../tests/support/payload'
import { pdfText } from '../../tests/support/pdfText'
import { loadBranding } from '../src/documents/pdf/firmBranding'
import { renderPdf } from '../src/documents/pdf/renderPdf'
import type { RenderContext } from '../src/documents/renderers'
import { renderDer, renderLettreMission, templatePreflight } from '../src/documents/templates'
import { placeholderValues } from '../src/documents/templates/placeholderValues'
import { TemplatePdf } from '../src/documents/templates/TemplatePdf'
import { richText } from '../src/seed/richText'
import { DEMO_ACCOUNTS } from '../src/seed/demoAccounts'
import { DEMO_FIRM } from '../src/seed/demoFirm'

/*
 * The DER and the lettre de mission as the job renders them (decision 041),
 * from the demo's published templates, for the demo's validated client
 * Camille Martin (born 17 May 1980, married; advisor Bruno Lefèvre): every
 * merge field filled, the firm's ORIAS number and the client's name printed,
 * the closing block, and the template's id and version recorded.
 */

let payload: Payload
let camille: User
const stages: [number, string][] = []

const contextFor = async (investorId: number, req?: RenderContext['req']): Promise<RenderContext> => ({
  payload,
  req: req ?? (await createLocalReq({}, payload)),
  investorId,
  documentId: 0,
  locale: 'fr',
  progress: async (pct, stage) => {
    stages.push([pct, stage])
  },
})

beforeAll(async () => {
  payload = await testPayload()
  camille = (await payload.find({ collection: 'users', overrideAccess: true, depth: 0, where: { email: { equals: DEMO_ACCOUNTS.investors[0].email } } })).docs[0] as User
})

describe('the DER rendered from the published template', () => {
  it('fills every merge field: firm, ORIAS, advisor, client, complaint delays, mediator; records template and version', async () => {
    const current = (await payload.find({ collection: 'document-templates', overrideAccess: true, where: { and: [{ kind: { equals: 'der' } }, { status: { equals: 'published' } }] }, sort: '-publishedAt', limit: 1 })).docs[0] as DocumentTemplate
    const rendered = await renderDer(await contextFor(camille.id))
    await writeFile('/tmp/atlas-der.pdf', rendered.bytes)
    const text = await pdfText(rendered.bytes)
    expect(text).not.toContain('{{')
    expect(text).not.toContain('}}')
    expect(text).not.toContain('non renseigné')
    expect(text).toContain('Document d’entrée en relation')
    expect(text).toContain(`(ORIAS) sous le numéro ${DEMO_FIRM.orias.number}`)
    expect(text).toContain('Camille Martin')
    expect(text).toContain('Bruno Lefèvre')
    expect(text).toContain(`${DEMO_FIRM.legalName}, ${DEMO_FIRM.legalForm} au capital de 10 000,00 €, immatriculée au RCS Paris 123 456 782`)
    expect(text).toContain('Conseiller en investissements financiers (CIF), Courtier en assurance (COA)')
    expect(text).toContain(DEMO_FIRM.insurance.policyNumber)
    expect(text).toContain('dix jours ouvrables')
    expect(text).toContain('deux mois')
    expect(text).toContain(DEMO_FIRM.mediator.name)
    expect(text).toContain(DEMO_FIRM.dpo.email)
    // No paid plan in the demo: the fees line says so instead of a price.
    expect(text).toContain('offre actuelle : aucune offre souscrite, sans abonnement payant')
    // The closing block: receipt, place and date (Paris), both parties.
    expect(text).toContain('Je reconnais avoir reçu et pris connaissance du présent document d’entrée en relation.')
    expect(text).toMatch(/Fait à Paris, le \d{1,2} [a-zéû]+ \d{4}\./)
    expect(text).toContain('POUR LE CABINET')
    expect(text).toMatch(/Page 1 \/ \d/)
    expect(rendered.pageCount).toBeGreaterThanOrEqual(2)
    expect(rendered.source).toEqual({ template: current.id, templateVersion: current.version })
    expect(current.version).toBeGreaterThanOrEqual(1)
    expect(stages.map(([, stage]) => stage)).toEqual(expect.arrayContaining(['documents.templates.stage.data', 'documents.templates.stage.pdf']))
  })
})

describe('the lettre de mission rendered from the published template', () => {
  it('opens with the cover, names both parties with the client’s birth date and family situation, and closes for signature', async () => {
    const rendered = await renderLettreMission(await contextFor(camille.id))
    await writeFile('/tmp/atlas-lettre-mission.pdf', rendered.bytes)
    const text = await pdfText(rendered.bytes)
    expect(text).not.toContain('{{')
    expect(text).toContain('Lettre de mission')
    expect(text).toContain('Bruno Lefèvre')
    expect(text).toContain(`ORIAS n° ${DEMO_FIRM.orias.number}`)
    expect(text).toContain('Camille Martin, né(e) le 17 mai 1980, situation familiale : Marié(e)')
    expect(text).toContain('conseil en investissements financiers, fourni de manière non indépendante')
    expect(text).toContain('quatorze jours')
    expect(text).toContain('soumise au droit français')
    expect(text).toContain('Le client déclare avoir pris connaissance de la présente lettre de mission et en accepter les termes.')
    expect(text).toMatch(/Modèle « Lettre de mission », version \d+ publiée le/)
    expect(rendered.pageCount).toBeGreaterThanOrEqual(3)
  })
})

describe('merge fields nobody filled in', () => {
  it('print "non renseigné" (never a {{…}}), and the plan’s name and price when the client subscribed', async () => {
    const lone = await payload.create({
      collection: 'users',
      overrideAccess: true,
      disableVerificationEmail: true,
      data: { email: uniqueEmail('seul'), password: 'Correct-horse-42-battery', name: 'Jean Seul', role: 'investor', acceptTerms: true, _verified: true } as never,
    })
    const plan = await payload.create({ collection: 'plans', overrideAccess: true, data: { name: 'Essentiel', monthlyPriceCents: 1900, features: [{ text: 'Bilan' }], _status: 'published' } as never })
    await payload.create({
      collection: 'subscriptions',
      overrideAccess: true,
      data: { customer: lone.id, plan: plan.id, interval: 'month', status: 'active', stripeSubscriptionId: `sub_tpl_${lone.id}`, amountCents: 1900 },
    })
    const branding = await loadBranding(payload, lone.id)
    const values = await placeholderValues(payload, branding, 'fr', new Date('2026-12-04T23:30:00Z'))
    expect(values).toMatchObject({
      'client.nom': 'Jean Seul',
      'client.date_naissance': 'non renseigné',
      'client.situation_familiale': 'non renseigné',
      'conseiller.nom': expect.any(String),
      'offre.nom': 'Essentiel',
      'offre.prix': '19,00\u00a0€ TTC par mois',
      // 23:30 UTC on 4 December is already 5 December in Paris.
      date: '5 décembre 2026',
      lieu: 'Paris',
    })
    const everyField = {
      id: 0,
      kind: 'der',
      title: 'Tous les champs',
      status: 'published',
      version: 1,
      publishedAt: '2026-12-01T10:00:00.000Z',
      body: richText(PLACEHOLDERS.map((name) => `${name} = ${placeholderToken(name)}`)),
      updatedAt: '',
      createdAt: '',
    } as DocumentTemplate
    const { bytes } = await renderPdf(createElement(TemplatePdf, { branding, template: everyField, values, locale: 'fr', date: new Date(), cover: false }) as never)
    const text = await pdfText(bytes)
    expect(text).not.toContain('{{')
    for (const name of PLACEHOLDERS) expect(text).toContain(`${name} = ${values[name].replace(/\u00a0/g, ' ')}`)
  })
})

describe('a kind without a published template', () => {
  it('is refused before queueing (409 documents.templates.noTemplate), and the renderer fails rather than print an empty document', async () => {
    // Inside a transaction rolled back at the end: the demo's templates stay published for everyone else.
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    try {
      expect(await templatePreflight('der')(payload, camille.id, req)).toBeNull()
      await payload.update({ collection: 'document-templates', where: { kind: { equals: 'der' } }, data: { status: 'draft' }, overrideAccess: true, req })
      expect(await templatePreflight('der')(payload, camille.id, req)).toEqual({ status: 409, messageKey: 'documents.templates.noTemplate' })
      expect(await templatePreflight('lettreMission')(payload, camille.id, req)).toBeNull()
      await expect(renderDer(await contextFor(camille.id, req))).rejects.toThrow(/no published der template/)
    } finally {
      await killTransaction(req)
    }
    expect(await templatePreflight('der')(payload, camille.id, await createLocalReq({}, payload))).toBeNull()
  })
})
