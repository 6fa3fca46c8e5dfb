import { describe, expect, it } from 'vitest'
import { fr } from '../i18n/messages.fr'
import { en } from '../i18n/messages.en'
import { PLACEHOLDERS, placeholderToken, substitute, unknownPlaceholders } from './placeholders'

describe('template merge fields', () => {
  it('replaces every known field, spaces inside the braces allowed, each occurrence', () => {
    const text = 'Entre {{cabinet.raison_sociale}} (ORIAS n° {{ cabinet.orias }}) et {{client.nom}}, le {{date}} — {{client.nom}}.'
    expect(substitute(text, { 'cabinet.raison_sociale': 'Atlas SAS', 'cabinet.orias': '12345678', 'client.nom': 'Camille Durand', date: '4 décembre 2026' })).toBe(
      'Entre Atlas SAS (ORIAS n° 12345678) et Camille Durand, le 4 décembre 2026 — Camille Durand.',
    )
  })

  it('leaves an unknown field, or a known one without a value, as written', () => {
    expect(substitute('{{client.prenom}} {{client.email}}', { 'client.nom': 'X' })).toBe('{{client.prenom}} {{client.email}}')
  })

  it('does not read a value as a template: a value holding braces is printed as is', () => {
    expect(substitute('{{client.nom}}', { 'client.nom': '{{cabinet.siren}}', 'cabinet.siren': '123' })).toBe('{{cabinet.siren}}')
  })

  it('finds unknown names, each once, in order', () => {
    expect(unknownPlaceholders('{{client.prenom}} {{cabinet.orias}} {{ offre.tarif }} {{client.prenom}}')).toEqual(['client.prenom', 'offre.tarif'])
  })

  it('finds braces left open or closed alone, and empty ones, which would print as is', () => {
    expect(unknownPlaceholders('Client : {{client.nom')).toEqual(['{{client.nom'])
    expect(unknownPlaceholders('client.nom}} ici')).toEqual(['client.nom}}'])
    expect(unknownPlaceholders('{{}}')).toEqual(['{{}}'])
    expect(unknownPlaceholders('{client.nom}')).toEqual([])
  })

  it('accepts every listed field and plain text', () => {
    expect(unknownPlaceholders(PLACEHOLDERS.map(placeholderToken).join(' '))).toEqual([])
    expect(unknownPlaceholders('Aucun champ ici, juste du texte { et des accolades }.')).toEqual([])
  })

  it('documents every field in French and English (the list the admin shows)', () => {
    for (const name of PLACEHOLDERS) {
      expect(fr).toHaveProperty([`templates.placeholder.${name}`])
      expect(en).toHaveProperty([`templates.placeholder.${name}`])
    }
  })
})
