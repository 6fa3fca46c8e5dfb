import { describe, expect, it } from 'vitest'
import { assistantMessagesLeft, FREE_ENTITLEMENTS, planEntitlements } from './entitlements'

describe('a plan read as entitlements', () => {
  it('takes what the plan says', () => {
    expect(planEntitlements({ assistantMessagesPerMonth: 100, premiumCourses: true, documentsBilan: false, advisorMeetingsPerYear: 1 })).toEqual({
      assistantMessagesPerMonth: 100,
      premiumCourses: true,
      documentsBilan: false,
      advisorMeetingsPerYear: 1,
    })
  })

  it('reads an empty message limit as unlimited, and empty checkboxes and meetings as nothing', () => {
    expect(planEntitlements({ assistantMessagesPerMonth: null })).toEqual({
      assistantMessagesPerMonth: null,
      premiumCourses: false,
      documentsBilan: false,
      advisorMeetingsPerYear: 0,
    })
    expect(planEntitlements(undefined).assistantMessagesPerMonth).toBeNull()
  })

  it('never grants a negative or fractional count', () => {
    expect(planEntitlements({ assistantMessagesPerMonth: -3, advisorMeetingsPerYear: 2.7 })).toMatchObject({ assistantMessagesPerMonth: 0, advisorMeetingsPerYear: 2 })
  })
})

describe('assistant questions left this month', () => {
  it('is the limit minus what was used, never below 0', () => {
    expect(assistantMessagesLeft({ assistantMessagesPerMonth: 10, assistantMessagesUsed: 3 })).toBe(7)
    expect(assistantMessagesLeft({ assistantMessagesPerMonth: 10, assistantMessagesUsed: 12 })).toBe(0)
  })

  it('is null (unlimited) without a limit', () => {
    expect(assistantMessagesLeft({ assistantMessagesPerMonth: null, assistantMessagesUsed: 500 })).toBeNull()
  })

  it('gives the free offer 10 questions, no premium course, no bilan, no meeting', () => {
    expect(FREE_ENTITLEMENTS).toEqual({ assistantMessagesPerMonth: 10, premiumCourses: false, documentsBilan: false, advisorMeetingsPerYear: 0 })
  })
})
