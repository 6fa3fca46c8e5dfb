import { describe, expect, it } from 'vitest'
import { DOCUMENT_KINDS, SIGNABLE_KINDS, isDocumentKind, isSignableKind } from './kinds'
import { canMove, downloadName, isFinished, nextVersion } from './versions'

describe('document versions', () => {
  it('numbers the first version 1 and the next one after the highest', () => {
    expect(nextVersion(null)).toBe(1)
    expect(nextVersion(undefined)).toBe(1)
    expect(nextVersion(0)).toBe(1)
    expect(nextVersion(1)).toBe(2)
    expect(nextVersion(41)).toBe(42)
  })

  it('lets the job move a version forward only, never out of ready or failed', () => {
    expect(canMove('queued', 'rendering')).toBe(true)
    expect(canMove('rendering', 'ready')).toBe(true)
    expect(canMove('rendering', 'queued')).toBe(true)
    expect(canMove('ready', 'rendering')).toBe(false)
    expect(canMove('failed', 'queued')).toBe(false)
    expect(canMove('queued', 'ready')).toBe(false)
    expect([isFinished('ready'), isFinished('failed'), isFinished('rendering')]).toEqual([true, true, false])
  })

  it('knows the kinds, the signable ones and a download name', () => {
    expect(DOCUMENT_KINDS).toEqual(['bilan', 'adequation', 'der', 'lettreMission'])
    expect(isDocumentKind('der')).toBe(true)
    expect(isDocumentKind('bilans')).toBe(false)
    expect(isDocumentKind(3)).toBe(false)
    expect(SIGNABLE_KINDS.filter(isSignableKind)).toEqual(['der', 'lettreMission', 'adequation'])
    expect(isSignableKind('bilan')).toBe(false)
    expect(downloadName('lettreMission', 3, true)).toBe('lettreMission-v3-signe.pdf')
  })
})
