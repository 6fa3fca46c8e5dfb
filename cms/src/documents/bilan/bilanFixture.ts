/**
 * A realistic investor for the bilan's tests and bench, hand-checked in
 * model.test.ts: a retired couple's patrimony of 1 905 000 € gross, with a
 * usufruct, a bare ownership and a main residence that make the IFI due
 * within the décote.
 */
import type { NetWorthPoint } from '@atlas/shared/finance/netWorthHistory'
import type { AssetDoc } from '@atlas/shared/patrimony/groups'
import type { BilanInput } from './model'

export const BILAN_NOW = new Date('2026-12-04T10:00:00Z')

const asset = (id: number, category: string, label: string, valueCents: number, extra: Partial<AssetDoc> = {}): AssetDoc => ({
  id,
  kind: 'asset',
  category,
  label,
  valueCents,
  ownershipSharePct: 100,
  ownership: 'full',
  institution: null,
  ...extra,
})

export const bilanAssets = (): AssetDoc[] => [
  asset(1, 'current-account', 'Compte joint', 500_000, { institution: 'Banque Populaire' }),
  asset(2, 'livret-a', 'Livret A', 2_000_000),
  asset(3, 'pea', 'PEA', 5_000_000, { institution: 'Boursorama' }),
  asset(4, 'life-insurance-euro', 'Assurance-vie Linxea', 10_000_000),
  asset(5, 'main-home', 'Maison de Nantes', 90_000_000),
  asset(6, 'rental-property', 'Studio à Rennes', 60_000_000, { ownershipSharePct: 50 }),
  asset(7, 'rental-property', 'Appartement de Vannes', 40_000_000, { ownership: 'usufruct' }),
  asset(8, 'scpi', 'SCPI Primopierre', 10_000_000, { ownership: 'bare' }),
  asset(9, 'per', 'PER individuel', 3_000_000),
  { id: 10, kind: 'liability', category: 'mortgage', label: 'Prêt maison', valueCents: 2_000_000, ownershipSharePct: 100, financedAsset: 5 },
  { id: 11, kind: 'liability', category: 'consumer-loan', label: 'Crédit auto', valueCents: 1_000_000, ownershipSharePct: 100 },
]

export const bilanProfile = (): NonNullable<BilanInput['profile']> => ({
  status: 'validated',
  riskScore: 4,
  warnings: [{ code: 'tolerance_vs_horizon', toleranceScore: 5, horizonYears: 3 }],
  monthlyIncomeCents: 800_000,
  monthlyExpensesCents: 500_000,
  savingsCapacityCents: 300_000,
  identity: { birthDate: '1960-06-15', maritalStatus: 'married', matrimonialRegime: 'communaute-reduite-aux-acquets', dependants: 2, residenceCountry: 'FR', taxResidence: 'FR' },
  work: { profession: 'Ingénieure', employmentStatus: 'retired', employerSector: 'industry', targetRetirementAge: 62 },
  expenses: { loanRepaymentsCents: 150_000 },
  objectives: {
    purposes: ['transmission', 'income'],
    horizonYears: 8,
    liquidityNeed: 'low',
    goals: [{ name: 'Travaux de toiture', targetCents: 1_200_000, targetDate: '2027-12-04', priority: 'high' }],
  },
  capacity: { lossPct: 20 },
})

/** 24 Paris months to December 2026: nothing recorded for the first 12, then 1 800 000 € rising by 6 818,18 € a month to 1 875 000 €. */
export const bilanHistory = (months = 24, recordedFrom = 12): NetWorthPoint[] =>
  Array.from({ length: months }, (_, index) => {
    const date = new Date(Date.UTC(2026, 11 - (months - 1 - index), 15))
    const month = `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`
    if (index < recordedFrom) return { month, grossAssetsCents: null, liabilitiesCents: null, netWorthCents: null }
    const step = months - 1 - recordedFrom
    const net = step > 0 ? 180_000_000 + Math.round(((index - recordedFrom) * 7_500_000) / step) : 187_500_000
    return { month, grossAssetsCents: net + 3_000_000, liabilitiesCents: 3_000_000, netWorthCents: net }
  })

export const bilanInput = (): BilanInput => ({ now: BILAN_NOW, profile: bilanProfile(), assets: bilanAssets(), history: bilanHistory(), comment: null })
