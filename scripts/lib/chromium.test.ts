import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
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

describe('installing Debian’s chromium (an apt-get stand-in first on PATH, so the machine is untouched)', () => {
  const realPath = process.env.PATH
  const dirs: string[] = []
  afterEach(() => {
    process.env.PATH = realPath
    dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }))
  })

  /** An apt-get that logs its arguments, and "installs" (creates a marker) unless told to fail. */
  const fakeAptGet = (exitCode: number) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'atlas-apt-'))
    dirs.push(dir)
    const log = path.join(dir, 'calls.log')
    const marker = path.join(dir, 'installed')
    const script = path.join(dir, 'apt-get')
    writeFileSync(
      script,
      `#!/bin/sh\necho "$DEBIAN_FRONTEND $*" >> '${log}'\n` +
        (exitCode === 0 ? `[ "$1" = install ] && touch '${marker}'\nexit 0\n` : `echo 'E: Unable to locate package chromium' >&2\nexit ${exitCode}\n`),
    )
    chmodSync(script, 0o755)
    process.env.PATH = `${dir}${path.delimiter}${realPath}`
    const inputs = machine({ osRelease: DEBIAN, uid: 0, isExecutable: (file) => file === DEBIAN_CHROMIUM && existsSync(marker) })
    return { inputs, calls: () => readFileSync(log, 'utf8').trim().split('\n') }
  }

  it('says so in one line, runs apt-get update then install non-interactively, and returns /usr/bin/chromium', () => {
    const { inputs, calls } = fakeAptGet(0)
    const said: string[] = []
    expect(ensureChromium(inputs, (line) => said.push(line))).toBe(DEBIAN_CHROMIUM)
    expect(said).toEqual([expect.stringContaining("installing Debian's chromium")])
    expect(calls()).toEqual(['noninteractive update -qq', 'noninteractive install -y -qq chromium'])
  })

  it('a failing apt-get stops the run with its reason in one sentence', () => {
    const { inputs } = fakeAptGet(100)
    expect(() => ensureChromium(inputs, () => {})).toThrow(/^Installing Chromium failed \(apt-get update -qq: E: Unable to locate package chromium\)/)
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
