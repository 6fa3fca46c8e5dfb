import { describe, expect, it } from 'vitest'
import { blocksByKind, byteSizeLabel, shortSha, signatureOf, statusLabel, type DocumentRow } from './clientDocumentRows'
import { translate } from '@atlas/shared/i18n'

const row = (over: Partial<DocumentRow>): DocumentRow => ({
  id: 1,
  investor: 7,
  kind: 'bilan',
  version: 1,
  title: 'Bilan patrimonial — version 1',
  status: 'ready',
  progress: 100,
  stage: null,
  error: null,
  sha256: 'a'.repeat(64),
  pageCount: 9,
  byteSize: 86_000,
  requestedBy: 3,
  signature: null,
  createdAt: '2026-12-04T10:00:00.000Z',
  readyAt: '2026-12-04T10:00:03.000Z',
  ...over,
})

describe('the documents section’s rows', () => {
  it('has one block per kind in the contract’s order, newest version first, signable kinds said so', () => {
    const blocks = blocksByKind([
      row({ id: 1, version: 1 }),
      row({ id: 2, version: 3 }),
      row({ id: 3, version: 2 }),
      row({ id: 4, kind: 'lettreMission', version: 1 }),
    ])
    expect(blocks.map((b) => [b.kind, b.signable, b.versions.map((v) => v.version)])).toEqual([
      ['bilan', false, [3, 2, 1]],
      ['adequation', true, []],
      ['der', true, []],
      ['lettreMission', true, [1]],
    ])
  })

  it('reads a signature group of nulls (not signed yet) as no signature, and a signed one as its evidence', () => {
    const empty = { signedAt: null, signerName: null, method: null, ip: null, userAgent: null, signedSha256: null, signedCopySha256: null }
    expect(signatureOf(row({ signature: empty }))).toBeNull()
    expect(signatureOf(row({ signature: null }))).toBeNull()
    expect(signatureOf(row({ signature: { ...empty, signedAt: '2026-12-04T11:00:00.000Z', signerName: 'Camille Martin', method: 'totp', ip: '203.0.113.9' } }))).toMatchObject({
      signerName: 'Camille Martin',
      method: 'totp',
      ip: '203.0.113.9',
    })
  })

  it('shortens a SHA-256 to 12 hex digits and an ellipsis', () => {
    expect(shortSha('0123456789abcdef'.repeat(4))).toBe('0123456789ab…')
  })

  it('gives sizes in Ko under 1 Mo (1 024 octets a Ko), in Mo with one decimal above', () => {
    // 86 000 / 1 024 = 83,98… → 84 Ko; 1 300 000 / 1 048 576 = 1,239… → 1,2 Mo; 200 octets → 1 Ko (never 0).
    expect(byteSizeLabel('fr', 86_000)).toBe('84 Ko')
    expect(byteSizeLabel('fr', 1_300_000)).toBe('1,2 Mo')
    expect(byteSizeLabel('en', 1_300_000)).toBe('1.2 MB')
    expect(byteSizeLabel('fr', 200)).toBe('1 Ko')
  })

  it('says the progress of a document being prepared, the status word otherwise', () => {
    const preparing = translate('fr', 'documents.status.rendering')
    expect(statusLabel('fr', row({ status: 'rendering', progress: 40.4 }))).toBe(`${preparing} 40 %`)
    expect(statusLabel('fr', row({ status: 'ready' }))).toBe(translate('fr', 'documents.status.ready'))
  })
})
