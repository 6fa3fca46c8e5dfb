import { describe, expect, it } from 'vitest'
import { fr } from '@payloadcms/translations/languages/fr'
import { testPayload } from '../../tests/support/payload'

const HEDGED = /\(e\)|ou nouvelle|le ou la|il ou elle/

/** Every string of the admin's French, Payload's merged with ours, as `section.key = text`. */
const strings = (translations: Record<string, unknown>, path: string[] = []): string[] =>
  Object.entries(translations).flatMap(([key, value]) =>
    value !== null && typeof value === 'object' ? strings(value as Record<string, unknown>, [...path, key]) : [`${[...path, key].join('.')} = ${String(value)}`],
  )

describe('the admin’s French', () => {
  it('reads without gender hedges: no "Créer un(e) nouveau ou nouvelle", no "trouvé(e)"', async () => {
    const payload = await testPayload()
    const ours = (payload.config.i18n.translations as Record<string, Record<string, Record<string, string>>> | undefined)?.fr ?? {}
    const merged = Object.fromEntries(
      Object.entries(fr.translations).map(([section, texts]) => [section, { ...(texts as object), ...(ours[section] ?? {}) }]),
    )
    expect(strings(merged).filter((line) => HEDGED.test(line))).toEqual([])
  })
})
