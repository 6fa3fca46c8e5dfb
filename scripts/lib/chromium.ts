/**
 * The Chrome or Chromium the end-to-end tests drive (playwright-core, never a downloaded browser build).
 * `npm test` calls `ensureChromium()` before building: it finds one (CHROMIUM_PATH, then /usr/bin/chromium,
 * then chrome-launcher's detection on Linux and macOS), installs Debian's `chromium` when none is found on a
 * Debian/Ubuntu machine where it runs as root, and otherwise stops with one sentence saying what to install.
 * `planChromium` is the decision alone, on injected inputs, so it is unit-tested without touching the machine.
 */
import { accessSync, constants, readFileSync, statSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { Launcher } from 'chrome-launcher'

export const DEBIAN_CHROMIUM = '/usr/bin/chromium'

/** What the decision looks at; `machineInputs()` reads them from this machine. */
export type ChromiumInputs = {
  /** CHROMIUM_PATH as set in the environment (or .env), if at all. */
  chromiumPath: string | undefined
  isExecutable: (file: string) => boolean
  /** chrome-launcher's pick on Linux and macOS; undefined when it finds none (or on other systems). */
  detect: () => string | undefined
  /** The text of /etc/os-release, undefined when there is none. */
  osRelease: string | undefined
  /** The effective user id, undefined where there is none (Windows). */
  uid: number | undefined
}

export type ChromiumPlan =
  | { kind: 'found'; path: string }
  | { kind: 'install' }
  | { kind: 'stop'; message: string }

/** ID and ID_LIKE of an os-release file name Debian (Debian itself, Ubuntu, Mint…). */
export const isDebianLike = (osRelease: string | undefined): boolean => {
  if (!osRelease) return false
  const field = (name: string) =>
    osRelease.match(new RegExp(`^${name}=(.*)$`, 'm'))?.[1]?.trim().replace(/^["']|["']$/g, '').split(/\s+/) ?? []
  return [...field('ID'), ...field('ID_LIKE')].includes('debian')
}

export const planChromium = (inputs: ChromiumInputs): ChromiumPlan => {
  const chosen = inputs.chromiumPath?.trim()
  if (chosen) {
    // Chosen explicitly: another browser is never taken (nor installed) in its place.
    if (inputs.isExecutable(chosen)) return { kind: 'found', path: chosen }
    return {
      kind: 'stop',
      message: `CHROMIUM_PATH is ${chosen}, which is not an executable file: point it to a Chrome or Chromium executable, or unset it.`,
    }
  }
  if (inputs.isExecutable(DEBIAN_CHROMIUM)) return { kind: 'found', path: DEBIAN_CHROMIUM }
  const detected = inputs.detect()
  if (detected && inputs.isExecutable(detected)) return { kind: 'found', path: detected }
  const debian = isDebianLike(inputs.osRelease)
  if (debian && inputs.uid === 0) return { kind: 'install' }
  return {
    kind: 'stop',
    message: debian
      ? 'The end-to-end tests need Chromium and none was found: install it with `sudo apt-get install chromium`, or set CHROMIUM_PATH to a Chrome or Chromium executable.'
      : 'The end-to-end tests need Chrome or Chromium and none was found: install Google Chrome or Chromium, or set CHROMIUM_PATH to its executable.',
  }
}

/**
 * Whether a vitest command line runs the e2e project: not when it names projects and e2e is none of them
 * (`npm test -- --project shared` runs on a machine without a browser).
 */
export const runsE2e = (vitestArgs: string[]): boolean => {
  const projects: string[] = []
  vitestArgs.forEach((arg, i) => {
    if (arg === '--project' && vitestArgs[i + 1]) projects.push(vitestArgs[i + 1]!)
    else if (arg.startsWith('--project=')) projects.push(arg.slice('--project='.length))
  })
  return projects.length === 0 || projects.includes('e2e')
}

const isExecutableFile = (file: string): boolean => {
  try {
    accessSync(file, constants.X_OK)
    return statSync(file).isFile()
  } catch {
    return false
  }
}

/** chrome-launcher's Linux and macOS detection (it throws when it finds nothing; Windows/WSL paths are not ours). */
const chromeLauncherPick = (): string | undefined => {
  if (process.platform !== 'linux' && process.platform !== 'darwin') return undefined
  try {
    const found = Launcher.getFirstInstallation()
    return found && !found.startsWith('/mnt/') && !found.endsWith('.exe') ? found : undefined
  } catch {
    return undefined
  }
}

const readOsRelease = (): string | undefined => {
  try {
    return readFileSync('/etc/os-release', 'utf8')
  } catch {
    return undefined
  }
}

export const machineInputs = (): ChromiumInputs => ({
  chromiumPath: process.env.CHROMIUM_PATH,
  isExecutable: isExecutableFile,
  detect: chromeLauncherPick,
  osRelease: readOsRelease(),
  uid: process.getuid?.(),
})

/** The browser found on this machine, or undefined (never installs). */
export const findChromium = (inputs: ChromiumInputs = machineInputs()): string | undefined => {
  const plan = planChromium(inputs)
  return plan.kind === 'found' ? plan.path : undefined
}

const aptGet = (args: string[]) => {
  const result = spawnSync('apt-get', args, {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  })
  if (result.status !== 0) {
    const reason = result.error?.message ?? result.stderr.trim().split('\n').slice(-3).join(' ')
    throw new Error(`Installing Chromium failed (apt-get ${args.join(' ')}: ${reason}): install it with \`apt-get install chromium\`, or set CHROMIUM_PATH.`)
  }
}

/** The browser's path: found, or installed with apt-get (one line said); throws one sentence otherwise. */
export const ensureChromium = (inputs: ChromiumInputs = machineInputs(), say: (line: string) => void = console.log): string => {
  const plan = planChromium(inputs)
  if (plan.kind === 'found') return plan.path
  if (plan.kind === 'stop') throw new Error(plan.message)
  say("[atlas] no Chrome or Chromium found: installing Debian's chromium (apt-get install chromium)")
  aptGet(['update', '-qq'])
  aptGet(['install', '-y', '-qq', 'chromium'])
  const installed = findChromium(inputs)
  if (!installed) throw new Error('apt-get installed chromium but no executable was found at /usr/bin/chromium: set CHROMIUM_PATH to it.')
  return installed
}
