import type { Page } from 'playwright-core'
import { testEnv } from '../../support/env'

/** A new investor's patrimony, typed through the pages as a person would. */
export const ASSETS = [
  { category: 'current-account', label: 'Compte courant', value: '3 250,40' },
  { category: 'livret-a', label: 'Livret A', value: '12 000' },
  { category: 'life-insurance-unit-linked', label: 'Assurance-vie', value: '45 678,90' },
  { category: 'pea', label: 'PEA', value: '20 000', contributions: '15 000' },
  { category: 'main-home', label: 'Maison Rennes', value: '250 000', sharePct: '50' },
  { category: 'mortgage', label: 'Prêt maison', value: '180 000', sharePct: '50' },
]
/* By hand:
 * assets 3 250,40 + 12 000 + 45 678,90 + 20 000 + 250 000 × 50 % (125 000) = 205 929,30 €
 * debts  180 000 × 50 % = 90 000,00 €
 * net    205 929,30 − 90 000 = 115 929,30 € */
export const NET_WORTH = /115\s929,30\s€/
export const GROSS = /205\s929,30\s€/
export const DEBTS = /90\s000,00\s€/

export const addAsset = async (page: Page, asset: (typeof ASSETS)[number]) => {
  await page.goto(`${testEnv.webUrl}/portail/patrimoine/nouveau`)
  await page.selectOption('select[name="category"]', asset.category)
  await page.fill('input[name="label"]', asset.label)
  await page.fill('input[name="value"]', asset.value)
  if (asset.contributions) await page.fill('input[name="contributions"]', asset.contributions)
  if (asset.sharePct) await page.fill('input[name="sharePct"]', asset.sharePct)
  await Promise.all([page.waitForURL(/\/portail\/patrimoine\?enregistre=1$/), page.click('[data-testid="asset-form"] button[type="submit"]')])
}

