import { describe, expect, it } from 'vitest'
import { onboardingChecklist, type OnboardingFacts } from './checklist'

const newcomer: OnboardingFacts = {
  emailConfirmed: true,
  questionnaireStatus: 'draft',
  assetCount: 0,
  lessonCompleted: false,
  firstMeetingAt: null,
  dismissedAt: null,
  advisorEmail: 'conseiller@atlas.demo',
}

const doneIds = (facts: OnboardingFacts) => onboardingChecklist(facts).steps.filter((s) => s.done).map((s) => s.id)

describe('onboarding checklist', () => {
  it('gives a new investor who confirmed their address 1 step of 5', () => {
    const list = onboardingChecklist(newcomer)
    expect(list.steps.map((s) => s.id)).toEqual(['email', 'questionnaire', 'asset', 'training', 'advisor'])
    expect(doneIds(newcomer)).toEqual(['email'])
    expect(list).toMatchObject({ doneCount: 1, total: 5, complete: false, dismissed: false })
  })

  it('leaves the e-mail step open while a new address waits for its link', () => {
    expect(doneIds({ ...newcomer, emailConfirmed: false })).toEqual([])
  })

  it('counts a submitted or a validated questionnaire, not a draft or none', () => {
    expect(doneIds({ ...newcomer, questionnaireStatus: 'submitted' })).toContain('questionnaire')
    expect(doneIds({ ...newcomer, questionnaireStatus: 'validated' })).toContain('questionnaire')
    expect(doneIds({ ...newcomer, questionnaireStatus: null })).not.toContain('questionnaire')
  })

  it('counts the first asset, the first lesson completed and the first meeting recorded', () => {
    expect(doneIds({ ...newcomer, assetCount: 1 })).toEqual(['email', 'asset'])
    expect(doneIds({ ...newcomer, lessonCompleted: true })).toEqual(['email', 'training'])
    expect(doneIds({ ...newcomer, firstMeetingAt: '2026-11-20T09:00:00.000Z' })).toEqual(['email', 'advisor'])
  })

  it('is complete when all five are done, and remembers a dismissal', () => {
    const all = { ...newcomer, questionnaireStatus: 'validated', assetCount: 3, lessonCompleted: true, firstMeetingAt: '2026-11-20T09:00:00.000Z' } as const
    expect(onboardingChecklist(all)).toMatchObject({ doneCount: 5, complete: true, dismissed: false })
    expect(onboardingChecklist({ ...all, dismissedAt: '2026-12-01T10:00:00.000Z' }).dismissed).toBe(true)
  })

  it('links each step to where it is done; the advisor step writes to the advisor, or to the firm without one', () => {
    const hrefs = Object.fromEntries(onboardingChecklist(newcomer).steps.map((s) => [s.id, s.href]))
    expect(hrefs).toEqual({
      email: '/portail/securite',
      questionnaire: '/portail/questionnaire',
      asset: '/portail/patrimoine/nouveau',
      training: '/formation',
      advisor: 'mailto:conseiller@atlas.demo',
    })
    expect(onboardingChecklist({ ...newcomer, advisorEmail: null }).steps.at(-1)!.href).toBe('/contact')
  })
})
