import { describe, expect, it } from 'vitest'
import { prefillFromProspect } from './prefill'

describe('questionnaire prefill from a prospect', () => {
  it('copies what the prospect record knows into the answers it belongs to', () => {
    expect(
      prefillFromProspect({
        birthDate: '1984-05-17',
        maritalStatus: 'married',
        dependants: 2,
        profession: 'Pharmacienne',
        employmentStatus: 'self-employed',
        horizonYears: 12,
      }),
    ).toEqual({
      identity: { birthDate: '1984-05-17', maritalStatus: 'married', dependants: 2 },
      work: { profession: 'Pharmacienne', employmentStatus: 'self-employed' },
      objectives: { horizonYears: 12 },
    })
  })

  it('leaves out what is unknown or what the questionnaire would refuse', () => {
    expect(prefillFromProspect({ birthDate: '17/05/1984', maritalStatus: 'complicated', dependants: -1, profession: '', horizonYears: null })).toEqual({})
    expect(prefillFromProspect({ profession: 'Architecte' })).toEqual({ work: { profession: 'Architecte' } })
    expect(prefillFromProspect(null)).toEqual({})
  })
})
