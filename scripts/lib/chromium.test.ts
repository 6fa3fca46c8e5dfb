import { describe, expect, it } from 'vitest'
import { DEBIAN_CHROMIUM, ensureChromium, isDebianLike, planChromium, runsE2e, type ChromiumInputs } from './chromium'

const DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\nVERSION_ID="12"\n'
const UBUNTU = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\nVERSION_ID="24.04"\n'
const FEDORA = 'NAME="Fedora Linux"\nID=fedora\nVERSION_ID=41\n'

/** A machine with the given executables; nothing else is read. */
const machine = (overrides: Partial<ChromiumInputs> & { executables?: string[] } = {}): ChromiumInputs => {
  const executables = new Set(overrides.executables ?? [])
  return {
    chromiumPath: undefined,
    isExecutable: (file) => executables.has(file),
    detect: () => undefined,
    osRelease: DEBIAN,
    uid: 1000,
    ...overrides,
  }
}

describe('finding the Chromium of the e2e tests (scripts/lib/chromium.ts)', () => {
  it('takes CHROMIUM_PATH first, then /usr/bin/chromium, then what chrome-launcher detects', () => {
    const all = ['/opt/chrome/chrome', DEBIAN_CHROMIUM, '/usr/bin/google-chrome']
    const detect = () => '/usr/bin/google-chrome'
    expect(planChromium(machine({ chromiumPath: '/opt/chrome/chrome', executables: all, detect }))).toEqual({ kind: 'found', path: '/opt/chrome/chrome' })
    expect(planChromium(machine({ executables: all, detect }))).toEqual({ kind: 'found', path: DEBIAN_CHROMIUM })
    expect(planChromium(machine({ executables: ['/usr/bin/google-chrome'], detect }))).toEqual({ kind: 'found', path: '/usr/bin/google-chrome' })
  })

  it('a CHROMIUM_PATH that is not an executable stops the run naming it, never replaced by another browser', () => {
    for (const osRelease of [FEDORA, DEBIAN]) {
      const plan = planChromium(machine({ chromiumPath: '/nowhere/chromium', executables: [DEBIAN_CHROMIUM], osRelease, uid: 0 }))
      expect(plan).toEqual({ kind: 'stop', message: expect.stringContaining('CHROMIUM_PATH is /nowhere/chromium, which is not an executable file') })
    }
  })

  it('ignores a detected path that is not executable, and an empty CHROMIUM_PATH', () => {
    expect(planChromium(machine({ chromiumPath: '  ', executables: [DEBIAN_CHROMIUM] }))).toEqual({ kind: 'found', path: DEBIAN_CHROMIUM })
    expect(planChromium(machine({ detect: () => '/gone/chrome', uid: 0 }))).toEqual({ kind: 'install' })
  })

  it('installs Debian’s chromium when none is found on Debian or Ubuntu as root', () => {
    expect(planChromium(machine({ osRelease: DEBIAN, uid: 0 }))).toEqual({ kind: 'install' })
    expect(planChromium(machine({ osRelease: UBUNTU, uid: 0 }))).toEqual({ kind: 'install' })
  })

  it('otherwise stops with one sentence saying what to install', () => {
    const sentence = (inputs: ChromiumInputs) => {
      const plan = planChromium(inputs)
      if (plan.kind !== 'stop') throw new Error(`expected a stop, got ${plan.kind}`)
      expect(plan.message.split(/[.:] [A-Z]/)).toHaveLength(1)
      return plan.message
    }
    expect(sentence(machine({ osRelease: DEBIAN, uid: 1000 }))).toContain('sudo apt-get install chromium')
    expect(sentence(machine({ osRelease: FEDORA, uid: 0 }))).toContain('install Google Chrome or Chromium, or set CHROMIUM_PATH')
    expect(sentence(machine({ osRelease: undefined, uid: undefined }))).toContain('install Google Chrome or Chromium')
  })

  it('ensureChromium returns what it finds, and throws the sentence without saying or installing anything', () => {
    const said: string[] = []
    expect(ensureChromium(machine({ executables: [DEBIAN_CHROMIUM] }), (line) => said.push(line))).toBe(DEBIAN_CHROMIUM)
    expect(() => ensureChromium(machine({ chromiumPath: '/nowhere/chromium', osRelease: FEDORA }), (line) => said.push(line))).toThrow(
      /^CHROMIUM_PATH is \/nowhere\/chromium, which is not an executable file/,
    )
    expect(() => ensureChromium(machine({ osRelease: FEDORA }), (line) => said.push(line))).toThrow(/install Google Chrome or Chromium/)
    expect(said).toEqual([])
  })
})

describe('reading the machine', () => {
  it('knows Debian and its derivatives by ID or ID_LIKE, quoted or not', () => {
    expect(isDebianLike(DEBIAN)).toBe(true)
    expect(isDebianLike(UBUNTU)).toBe(true)
    expect(isDebianLike('ID=linuxmint\nID_LIKE="ubuntu debian"\n')).toBe(true)
    expect(isDebianLike('ID="debian"\n')).toBe(true)
    expect(isDebianLike(FEDORA)).toBe(false)
    expect(isDebianLike('ID=arch\nID_LIKE=archlinux\n')).toBe(false)
    expect(isDebianLike(undefined)).toBe(false)
  })

  it('needs the browser unless the command names projects without e2e', () => {
    expect(runsE2e([])).toBe(true)
    expect(runsE2e(['tests/e2e/login.test.ts'])).toBe(true)
    expect(runsE2e(['--project', 'e2e'])).toBe(true)
    expect(runsE2e(['--project', 'cms', '--project=e2e'])).toBe(true)
    expect(runsE2e(['--project', 'shared'])).toBe(false)
    expect(runsE2e(['--project=cms', '--project', 'web'])).toBe(false)
  })
})
