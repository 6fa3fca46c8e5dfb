/**
 * The bilan patrimonial's figures, from what `loadBilanInput` read: a pure
 * function (no I/O), so every figure the PDF prints is tested on a
 * hand-computed case (model.test.ts). It calls the calculations the portal
 * and the advisor's client page use — clientReview (patrimony by category,
 * allocation, budget, debt ratio, emergency fund), planGoals, ifiEstimate,
 * dismemberedValue — and adds only the bilan's own groupings (by family, by
 * envelope, by availability: availability.ts, wrappers.ts).
 *
 * Totals are in full value (value × share, like netWorth): the art. 669
 * economic values are printed beside the dismembered assets, not added in
 * (docs/decisions/037-calculations-ifi-669-liquidity.md).
 */
import { completedYearsParis, dayKeyParis } from '@atlas/shared/finance/dates'
import { ifiEstimate, type IfiEstimate } from '@atlas/shared/finance/ifi'
import { ifiScaleOn, type IfiScale } from '@atlas/shared/finance/ifiScale'
import type { Cents } from '@atlas/shared/finance/money'
import { netWorth, type Holding } from '@atlas/shared/finance/netWorth'
import { isRecorded, type NetWorthPoint } from '@atlas/shared/finance/netWorthHistory'
import type { GoalsPlan } from '@atlas/shared/finance/goalsPlan'
import type { AllocationSlice } from '@atlas/shared/finance/allocation'
import type { AssetCategory } from '@atlas/shared/patrimony/categories'
import { clientReview, type ClientReview } from '@atlas/shared/patrimony/clientReview'
import { dismemberedValue, usufructuaryAgeOf } from '@atlas/shared/patrimony/dismemberment'
import { holdingsOf, type AssetDoc, type CategoryGroup } from '@atlas/shared/patrimony/groups'
import type { DebtRatioFromSource } from '@atlas/shared/patrimony/debtRatioSource'
import { goalsOfProfile } from '@atlas/shared/profile/profileFigures'
import type { Profile } from '@atlas/shared/payload-types'
import { AVAILABILITY_CLASSES, availabilityOf, type Availability } from './availability'
import { FAMILIES, FAMILY_OF, WRAPPERS, WRAPPER_OF, type Family, type Wrapper } from './wrappers'

/** Everything the bilan is made from, as read from the database (or built by a test or the bench). */
export type BilanInput = {
  /** When the bilan is made: the Paris day of every "as of" and age. */
  now: Date
  profile: Partial<Profile> | null
  assets: readonly AssetDoc[]
  /** Net worth at the end of each of the last 24 Paris months, oldest first (readNetWorthHistory). */
  history: readonly NetWorthPoint[]
  /** The advisor's comment (Lexical editor state), or null when none was written. */
  comment: unknown
}

export type Share<Key extends string> = { key: Key; valueCents: Cents; /** of gross assets, 0–1 */ share: number }

export type DismemberedLine = {
  id: string
  label: string
  category: AssetCategory
  ownership: 'usufruct' | 'bare'
  fullValueCents: Cents
  economicValueCents: Cents | null
  usufructPct: number | null
  /** The usufructuary's age used (the investor's own for a usufruct), or null. */
  age: number | null
}

export type BilanModel = {
  asOf: string
  situation: {
    birthDate: string | null
    age: number | null
    maritalStatus: string | null
    matrimonialRegime: string | null
    dependants: number | null
    residenceCountry: string | null
    taxResidence: string | null
    profession: string | null
    employmentStatus: string | null
    employerSector: string | null
    targetRetirementAge: number | null
  }
  patrimony: {
    grossCents: Cents
    debtsCents: Cents
    netCents: Cents
    assets: CategoryGroup[]
    liabilities: CategoryGroup[]
    byFamily: Share<Family>[]
    byWrapper: Share<Wrapper>[]
    byAvailability: Share<Availability>[]
  }
  allocation: AllocationSlice<AssetCategory>[]
  dismembered: { lines: DismemberedLine[]; fullTotalCents: Cents; economicTotalCents: Cents | null }
  ifi: { estimate: IfiEstimate; scale: IfiScale }
  budget: {
    monthlyIncomeCents: Cents
    monthlyExpensesCents: Cents
    savingsCapacityCents: Cents
    debt: DebtRatioFromSource
  }
  emergency: { liquidCents: Cents; months: number | null; monthlyExpensesCents: Cents }
  goals: GoalsPlan
  objectives: { purposes: string[]; horizonYears: number | null; liquidityNeed: string | null }
  risk: { score: number | null; warnings: string[]; capacityForLossPct: number | null }
  history: { points: NetWorthPoint[]; firstRecorded: NetWorthPoint | null; last: NetWorthPoint | null; changeCents: Cents | null }
  comment: unknown
}

const str = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null)
const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null)

/** Sums of `holdings` (assets only) grouped by `keyOf`, each rounded once like netWorth, in `order`, empty groups left out. */
function sharesBy<Key extends string>(holdings: readonly Holding[], order: readonly Key[], keyOf: (category: AssetCategory) => Key, grossCents: Cents): Share<Key>[] {
  return order.flatMap((key) => {
    const inGroup = holdings.filter((holding) => holding.kind === 'asset' && keyOf(holding.category as AssetCategory) === key)
    if (!inGroup.length) return []
    const valueCents = netWorth(inGroup).grossAssetsCents
    return valueCents > 0 ? [{ key, valueCents, share: grossCents > 0 ? valueCents / grossCents : 0 }] : []
  })
}

function dismemberedLines(assets: readonly AssetDoc[], birthDate: string | null, now: Date): BilanModel['dismembered'] {
  const lines: DismemberedLine[] = []
  // The documents the totals count (holdingsOf's rules: known category, whole cents, share 0–100).
  for (const doc of assets.filter((one) => holdingsOf([one]).length === 1)) {
    if (doc.kind !== 'asset' || (doc.ownership !== 'usufruct' && doc.ownership !== 'bare')) continue
    const age = usufructuaryAgeOf(doc.ownership, birthDate, now)
    const value = dismemberedValue(doc, age)
    lines.push({
      id: String(doc.id),
      label: doc.label?.trim() ?? '',
      category: doc.category as AssetCategory,
      ownership: doc.ownership,
      fullValueCents: value.fullValueCents,
      economicValueCents: value.economicValueCents,
      usufructPct: value.usufructPct,
      age,
    })
  }
  const fullTotalCents = lines.reduce((sum, line) => sum + line.fullValueCents, 0)
  const economicTotalCents = lines.every((line) => line.economicValueCents !== null)
    ? lines.reduce((sum, line) => sum + (line.economicValueCents ?? 0), 0)
    : null
  return { lines, fullTotalCents, economicTotalCents }
}

/** The bilan's figures (see the file comment). */
export function bilanModel(input: BilanInput): BilanModel {
  const { profile, assets, now } = input
  const review: ClientReview = clientReview(assets, profile as never)
  const holdings = holdingsOf(assets)
  const totals = review.patrimony.totals
  const gross = totals.grossAssetsCents
  const identity = profile?.identity ?? {}
  const work = profile?.work ?? {}
  const birthDate = str(identity.birthDate)?.slice(0, 10) ?? null
  const age = birthDate && /^\d{4}-\d{2}-\d{2}$/.test(birthDate) ? completedYearsParis(birthDate, now) : null
  const points = [...input.history]
  const recorded = points.filter(isRecorded)
  const firstRecorded = recorded[0] ?? null
  const last = recorded[recorded.length - 1] ?? null
  const warnings = Array.isArray(profile?.warnings)
    ? profile.warnings.map((w) => (w as { code?: unknown })?.code).filter((code): code is string => typeof code === 'string')
    : []
  return {
    asOf: dayKeyParis(now),
    situation: {
      birthDate,
      age,
      maritalStatus: str(identity.maritalStatus),
      matrimonialRegime: str(identity.matrimonialRegime),
      dependants: num(identity.dependants),
      residenceCountry: str(identity.residenceCountry),
      taxResidence: str(identity.taxResidence),
      profession: str(work.profession),
      employmentStatus: str(work.employmentStatus),
      employerSector: str(work.employerSector),
      targetRetirementAge: num(work.targetRetirementAge),
    },
    patrimony: {
      grossCents: gross,
      debtsCents: totals.totalLiabilitiesCents,
      netCents: totals.netWorthCents,
      assets: review.patrimony.assets,
      liabilities: review.patrimony.liabilities,
      byFamily: sharesBy(holdings, FAMILIES, (category) => FAMILY_OF[category], gross),
      byWrapper: sharesBy(holdings, WRAPPERS, (category) => WRAPPER_OF[category], gross),
      byAvailability: sharesBy(holdings, AVAILABILITY_CLASSES, availabilityOf, gross),
    },
    allocation: review.allocation,
    dismembered: dismemberedLines(assets, birthDate, now),
    ifi: { estimate: ifiEstimate(assets, now), scale: ifiScaleOn(now) },
    budget: {
      monthlyIncomeCents: review.monthlyIncomeCents,
      monthlyExpensesCents: review.monthlyExpensesCents,
      savingsCapacityCents: review.savingsCapacityCents,
      debt: review.debt,
    },
    emergency: { liquidCents: review.liquidCents, months: review.emergencyMonths, monthlyExpensesCents: review.monthlyExpensesCents },
    goals: goalsOfProfile(profile as Record<string, unknown> | null, review.savingsCapacityCents, now),
    objectives: {
      purposes: Array.isArray(profile?.objectives?.purposes) ? profile.objectives.purposes.filter((p): p is NonNullable<typeof p> => typeof p === 'string') : [],
      horizonYears: num(profile?.objectives?.horizonYears),
      liquidityNeed: str(profile?.objectives?.liquidityNeed),
    },
    risk: { score: num(profile?.riskScore), warnings, capacityForLossPct: num(profile?.capacity?.lossPct) },
    history: {
      points,
      firstRecorded,
      last,
      changeCents: firstRecorded && last && firstRecorded !== last ? last.netWorthCents! - firstRecorded.netWorthCents! : null,
    },
    comment: input.comment ?? null,
  }
}
