import type { Page } from 'playwright-core'
import { KNOWLEDGE_FAMILIES, knowledgeIndex } from '../../../shared/src/profile/questionnaire/knowledgeFamilies'
import type { ProductClass } from '../../../shared/src/profile/productClasses'

const next = (page: Page, url: RegExp) => Promise.all([page.waitForURL(url), page.click('[data-testid="next"]')])
const choose = (page: Page, name: string, value: string) => page.check(`input[name="${name}"][value="${value}"]`)

/** 'YYYY-MM-15' some years after the current Paris month. */
const inYears = (years: number) => {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit' }).format(new Date()).split('-')
  return `${Number(year) + years}-${month}-15`
}

export type KnowledgeAnswer = { knows: boolean; traded: boolean }

/**
 * Answers the knowledge step family by family (one page each, in order),
 * from its first page to the next step; `answer(index)` per row, `index`
 * being the class's place in the stored list (PRODUCT_CLASSES order).
 */
export const fillKnowledgeFamilies = async (page: Page, answer: (index: number) => KnowledgeAnswer) => {
  for (const [position, family] of KNOWLEDGE_FAMILIES.entries()) {
    for (const productClass of family.classes) {
      const index = knowledgeIndex(productClass as ProductClass)
      const { knows, traded } = answer(index)
      await choose(page, `knowledge.${index}.knows`, knows ? 'yes' : 'no')
      await choose(page, `knowledge.${index}.hasTraded`, traded ? 'yes' : 'no')
      await choose(page, `knowledge.${index}.frequency`, traded ? 'regularly' : 'never')
      await page.selectOption(`select[name="knowledge.${index}.volumeBand"]`, traded ? 'under-5k' : 'none')
      await choose(page, `knowledge.${index}.withinThreeYears`, traded ? 'yes' : 'no')
    }
    const following = KNOWLEDGE_FAMILIES[position + 1]
    await next(page, following ? new RegExp(`connaissances\\?famille=${following.slug}$`) : /objectifs$/)
  }
}

/**
 * Goes through the nine steps of the portal's questionnaire with plain,
 * valid answers and submits it, landing on /portail/profil. (The wizard's
 * own behaviour — errors, kept input, derived figures — is
 * tests/e2e/questionnaire.test.ts.)
 */
export const fillAndSubmitQuestionnaire = async (page: Page, webUrl: string) => {
  await page.goto(`${webUrl}/portail/questionnaire/identite`)
  await page.fill('input[name="identity.birthDate"]', '1984-03-09')
  await page.selectOption('select[name="identity.maritalStatus"]', 'married')
  await page.selectOption('select[name="identity.matrimonialRegime"]', 'communaute-reduite-aux-acquets')
  await page.fill('input[name="identity.dependants"]', '1')
  await page.selectOption('select[name="identity.residenceCountry"]', 'FR')
  await page.selectOption('select[name="identity.taxResidence"]', 'FR')
  await next(page, /profession$/)

  await page.fill('input[name="work.profession"]', 'Pharmacienne')
  await page.selectOption('select[name="work.employmentStatus"]', 'employee')
  await page.selectOption('select[name="work.employerSector"]', 'industry')
  await page.selectOption('select[name="work.educationLevel"]', 'master')
  await page.fill('input[name="work.targetRetirementAge"]', '64')
  await next(page, /revenus$/)

  await page.selectOption('select[name="income.0.source"]', 'salary')
  await page.fill('input[name="income.0.label"]', 'Salaire net')
  await page.fill('input[name="income.0.amountCents"]', '3 200')
  await page.selectOption('select[name="income.0.frequency"]', 'monthly')
  await next(page, /charges$/)

  for (const [name, euros] of [['housingCents', '850'], ['loanRepaymentsCents', '0'], ['livingCostsCents', '1 100'], ['incomeTaxCents', '2 500'], ['ifiCents', '0']]) {
    await page.fill(`input[name="expenses.${name}"]`, euros!)
  }
  await next(page, /connaissances$/)

  await fillKnowledgeFamilies(page, (index) => ({ knows: index === 0, traded: index === 0 }))

  await page.check('input[name="objectives.purposes"][value="retirement"]')
  await page.fill('input[name="objectives.horizonYears"]', '10')
  await choose(page, 'objectives.liquidityNeed', 'low')
  await page.click('[data-testid="add-objectives.goals"]')
  await page.waitForSelector('input[name="objectives.goals.0.name"]')
  await page.fill('input[name="objectives.goals.0.name"]', 'Apport immobilier')
  await page.fill('input[name="objectives.goals.0.targetCents"]', '30 000')
  await page.fill('input[name="objectives.goals.0.targetDate"]', inYears(3))
  await page.selectOption('select[name="objectives.goals.0.priority"]', 'high')
  await next(page, /risque$/)

  await choose(page, 'riskTolerance.lossReaction', 'hold')
  await choose(page, 'riskTolerance.tradeOff', 'balanced')
  await choose(page, 'riskTolerance.volatilityComfort', '3')
  await next(page, /capacite-de-perte$/)

  await page.fill('input[name="capacity.lossPct"]', '20')
  await next(page, /durabilite$/)

  await page.fill('input[name="sustainability.minTaxonomyPct"]', '10')
  await page.fill('input[name="sustainability.minSfdrPct"]', '20')
  await choose(page, 'sustainability.paiConsidered', 'no')
  await next(page, /relecture$/)

  await Promise.all([page.waitForURL(/\/portail\/profil$/), page.click('[data-testid="submit-questionnaire"]')])
}
