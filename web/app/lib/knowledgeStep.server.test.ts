import { describe, expect, it } from 'vitest'
import { PRODUCT_CLASSES } from '@atlas/shared/profile'
import { mergeFamily } from './knowledgeStep.server'

const answered = (productClass: string) => ({ productClass, knows: true, hasTraded: false, frequency: 'never', volumeBand: 'none', withinThreeYears: false })

describe('a knowledge family posted alone', () => {
  it('replaces its own rows and keeps every other family’s stored answers', () => {
    const profile = { knowledge: [answered('savings-accounts'), answered('crypto')] }
    const form = new FormData()
    form.set('knowledge.3.productClass', 'equities')
    form.set('knowledge.3.knows', 'no')
    // A row of another family slipped into the post is ignored.
    form.set('knowledge.8.productClass', 'crypto')
    form.set('knowledge.8.knows', 'no')
    const rows = mergeFamily(profile, form, ['equities', 'funds-etf']).rows.knowledge!
    expect(rows.map((row) => row.productClass)).toEqual([...PRODUCT_CLASSES])
    const byClass = Object.fromEntries(rows.map((row) => [row.productClass, row]))
    expect(byClass['savings-accounts']!.knows).toBe('yes')
    expect(byClass.crypto!.knows).toBe('yes')
    expect(byClass.equities!.knows).toBe('no')
    expect(byClass['funds-etf']!.knows).toBe('')
  })
})
