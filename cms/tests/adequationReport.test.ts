import { writeFile } from 'node:fs/promises'
import { createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { pdfText } from '../../tests/support/pdfText'
import { testPayload } from '../../tests/support/payload'
import { adequationPreflight, renderAdequation } from '../src/documents/adequation'
import type { RenderContext } from '../src/documents/renderers'
import { adequationClient, finalRecommendation, staff } from './adequationFixtures'
import { ensureDemoFirm } from './invoiceFixtures'

/**
 * The rapport d'adéquation read back from its PDF (unpdf): the client's
 * situation as validated, the recommendation with its amounts and total, the
 * rationale, the fit section by section with the hand-worked figures
 * (shared/src/documents/suitability/assessSuitability.test.ts), the profile's
 * warning still applying, the review and signature notes. A page was looked
 * at as PNG (docs/decisions/040-suitability-report.md).
 */
const contextFor = async (investorId: number, stages: string[]): Promise<RenderContext> => {
  const payload = await testPayload()
  return {
    payload,
    req: await createLocalReq({}, payload),
    investorId,
    documentId: 0,
    locale: 'fr',
    progress: async (pct, stage) => {
      stages.push(`${pct} ${stage}`)
    },
  }
}

describe('the rapport d’adéquation', () => {
  let advisorId: number
  beforeAll(async () => {
    await ensureDemoFirm(await testPayload())
    advisorId = (await staff(await testPayload(), 'advisor')).id as number
  })

  it('states the situation, the recommendation, the fit with its figures and mismatches, the warnings still applying', async () => {
    const payload = await testPayload()
    const investor = await adequationClient(payload, advisorId)
    await finalRecommendation(payload, investor.id as number, advisorId, 'Ancienne allocation')
    const latest = await finalRecommendation(payload, investor.id as number, advisorId)
    const stages: string[] = []
    const rendered = await renderAdequation(await contextFor(investor.id as number, stages))
    if (process.env.ADEQUATION_PDF) await writeFile(process.env.ADEQUATION_PDF, rendered.bytes)

    expect(rendered.source).toEqual({ recommendation: latest.id })
    expect(rendered.pageCount).toBeGreaterThanOrEqual(3)
    expect(stages).toEqual(['10 documents.adequation.stage.loading', '40 documents.adequation.stage.analysis', '70 documents.adequation.stage.layout'])
    const text = await pdfText(rendered.bytes)
    expect(text).toContain('Rapport d’adéquation')
    expect(text).toContain('Camille Durand')
    expect(text).toContain('Paul Conseil')
    expect(text).toContain('ORIAS n°')
    // Situation as validated.
    expect(text).toMatch(/Profil validé le \d{1,2} [^ ]+ \d{4} — informations ci-dessous telles qu’enregistrées à cette date/)
    expect(text).toContain('Préparer la retraite, Faire fructifier un capital')
    expect(text).toContain('5 / 7 — dynamique')
    expect(text).toContain('30 % du patrimoine, soit 60 000,00 € (patrimoine net enregistré : 200 000,00 €)')
    // The latest final recommendation, its products and total, the rationale.
    expect(text).toContain('« Allocation retraite 2027 », finalisée le')
    expect(text).not.toContain('Ancienne allocation')
    expect(text).toMatch(/ETF Monde OPCVM et ETF · IE00B4L5Y983 PEA 4 \/ 7 5 ans art\. 8 5 % 30 000,00 €/)
    expect(text).toContain('Total 100 000,00 €')
    expect(text).toContain('Une poche sécurisée en fonds euros, complétée par des ETF diversifiés pour la croissance.')
    // The fit: weighted SRI 2,8; loss 13 800 € vs 60 000 €; the SCPI's 8 years beyond 6; taxonomy 8,5 % < 10 %; quizzes.
    expect(text).toContain('Synthèse : Inadéquation.')
    expect(text).toContain('SRI moyen pondéré par les montants : 2,8 / 7, pour votre score de risque de 5 / 7 (dynamique).')
    expect(text).toContain('Perte plausible sur une année défavorable : 13 800,00 €, soit 6,9 % d’un patrimoine de 200 000,00 €')
    expect(text).toContain('Inadéquation SCPI Rendement : durée recommandée 8 ans, au-delà de votre horizon de 6 ans.')
    expect(text).toContain('Inadéquation Alignement taxonomie : 8,5 %, pour un minimum souhaité de 10 %.')
    expect(text).toContain('Adapté OPCVM et ETF : a déclaré connaître ; quiz réussi le 10 mars 2026 (score 80 %, tentative n° 2).')
    expect(text).toContain('Actions : ni connaissance déclarée, ni quiz réussi (échec le 1 avril 2026, score 45 %).')
    // High liquidity need and an SCPI: a mismatch; the profile's own warning, boxed.
    expect(text).toContain('Inadéquation SCPI Rendement : 20 000,00 € sur un support bloqué ou peu liquide.')
    expect(text).toContain('Vous avez un fort besoin de liquidités mais un horizon de placement long.')
    expect(text).toMatch(/prochaine revue au plus tard le \d{1,2} [^ ]+ \d{4}/)
    expect(text).toContain('empreinte SHA-256 du document signé')
  })

  it('speaks English to an English-speaking investor', async () => {
    const payload = await testPayload()
    const investor = await adequationClient(payload, advisorId)
    await finalRecommendation(payload, investor.id as number, advisorId)
    const text = await pdfText((await renderAdequation({ ...(await contextFor(investor.id as number, [])), locale: 'en' })).bytes)
    expect(text).toContain('Suitability report')
    expect(text).toContain('Amount-weighted SRI: 2.8 / 7, for your risk score of 5 / 7 (dynamic).')
    expect(text).toContain('Mismatch SCPI Rendement: recommended holding period 8 years, beyond your 6-year horizon.')
    expect(text).toContain('Total €100,000.00')
  })

  it('is refused before queueing unless the profile is validated and a final recommendation recorded', async () => {
    const payload = await testPayload()
    const req = await createLocalReq({}, payload)
    const submitted = await adequationClient(payload, advisorId, 'submitted')
    await finalRecommendation(payload, submitted.id as number, advisorId)
    expect(await adequationPreflight(payload, submitted.id as number, req)).toEqual({ status: 409, messageKey: 'documents.adequation.profileNotValidated' })

    const validated = await adequationClient(payload, advisorId)
    await payload.create({ collection: 'recommendations', overrideAccess: true, data: { investor: validated.id, title: 'Brouillon', status: 'draft' } as never })
    expect(await adequationPreflight(payload, validated.id as number, req)).toEqual({ status: 409, messageKey: 'documents.adequation.noRecommendation' })
    await expect(renderAdequation(await contextFor(validated.id as number, []))).rejects.toThrow('documents.adequation.noRecommendation')

    await finalRecommendation(payload, validated.id as number, advisorId)
    expect(await adequationPreflight(payload, validated.id as number, req)).toBeNull()
  })
})
