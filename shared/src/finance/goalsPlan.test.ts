import { describe, expect, it } from 'vitest'
import { planGoals } from './goalsPlan'

const now = new Date('2026-11-25T10:00:00Z')

describe('planGoals', () => {
  it('spreads each target over the months left, with no return assumed', () => {
    // Résidence secondaire: 150 000,00 € for June 2032. Nov 2026 → Jun 2032 = 5 years 7 months = 67 months.
    // 15 000 000 c / 67 = 223 880.597… → the smallest whole-cent amount that gets there: 223 881 c (2 238,81 €).
    // Voiture: 12 000,00 € for Nov 2027 = 12 months → 100 000 c (1 000,00 €) a month.
    const plan = planGoals(
      [
        { name: 'Résidence secondaire', targetCents: 15_000_000, targetDate: '2032-06-30' },
        { name: 'Voiture', targetCents: 1_200_000, targetDate: '2027-11-15' },
      ],
      300_000,
      now,
    )
    expect(plan.goals.map((g) => [g.name, g.monthsLeft, g.monthlyNeededCents])).toEqual([
      ['Voiture', 12, 100_000],
      ['Résidence secondaire', 67, 223_881],
    ])
    // 100 000 + 223 881 = 323 881 c needed; 300 000 − 323 881 = −23 881 c: the goals ask 238,81 € more than is saved.
    expect(plan.totalMonthlyNeededCents).toBe(323_881)
    expect(plan.marginCents).toBe(-23_881)
  })

  it('leaves a past goal without a monthly amount and out of the total', () => {
    const plan = planGoals([{ name: 'Passé', targetCents: 500_000, targetDate: '2025-01-01' }], 100_000, now)
    expect(plan.goals[0]).toMatchObject({ monthsLeft: 0, monthlyNeededCents: null })
    expect(plan.totalMonthlyNeededCents).toBe(0)
    expect(plan.marginCents).toBe(100_000)
  })

  it('asks the whole amount this month for a goal due later in the current Paris month, not "date passée"', () => {
    // On 5 Dec 2026, a goal of 3 000,00 € due 24 Dec 2026: 0 calendar months left, but the day is ahead,
    // so 300 000 c are needed this month (nothing set aside, no return) and count in the total:
    // margin 100 000 − 300 000 = −200 000 c.
    const plan = planGoals([{ name: 'Cadeaux', targetCents: 300_000, targetDate: '2026-12-24' }], 100_000, new Date('2026-12-05T10:00:00Z'))
    expect(plan.goals[0]).toMatchObject({ monthsLeft: 0, monthlyNeededCents: 300_000 })
    expect(plan.totalMonthlyNeededCents).toBe(300_000)
    expect(plan.marginCents).toBe(-200_000)
  })

  it('ignores malformed goals', () => {
    expect(planGoals([{ name: 'x', targetCents: 10.5, targetDate: '2030-01-01' }, { name: 'y', targetCents: 100, targetDate: 'demain' }], 0, now).goals).toEqual([])
  })
})
