import { describe, expect, it } from 'vitest'
import { DEFAULT_NOTIFICATION_PREFERENCES, NOTIFICATION_EVENTS, effectivePreferences, preferencesFromForm } from './events'
import { notificationLink } from './links'

describe('notification preferences', () => {
  it('fill every unset choice with the default, keep what was chosen', () => {
    const prefs = effectivePreferences({ coursePublished: { email: true, inApp: null }, reviewDue: { inApp: false } })
    expect(prefs.coursePublished).toEqual({ inApp: true, email: true })
    expect(prefs.reviewDue).toEqual({ inApp: false, email: true })
    expect(prefs.advisorMessage).toEqual(DEFAULT_NOTIFICATION_PREFERENCES.advisorMessage)
    expect(effectivePreferences(null)).toEqual(DEFAULT_NOTIFICATION_PREFERENCES)
  })

  it('read a posted form: ticked boxes on, every other event × channel off', () => {
    const prefs = preferencesFromForm(['profileValidated.email', 'advisorMessage.inApp', 'bogus.email'])
    expect(prefs.profileValidated).toEqual({ inApp: false, email: true })
    expect(prefs.advisorMessage).toEqual({ inApp: true, email: false })
    expect(prefs.coursePublished).toEqual({ inApp: false, email: false })
    expect(Object.keys(prefs)).toEqual([...NOTIFICATION_EVENTS])
  })
})

describe('notification links', () => {
  it('keep portal paths and http(s) addresses, drop scripts and other hosts in disguise', () => {
    expect(notificationLink('/portail/profil')).toBe('/portail/profil')
    expect(notificationLink('https://cms.example/admin')).toBe('https://cms.example/admin')
    expect(notificationLink('javascript:alert(1)')).toBeNull()
    expect(notificationLink('//evil.example')).toBeNull()
    expect(notificationLink('/\\evil.example')).toBeNull()
    expect(notificationLink(42)).toBeNull()
  })
})
