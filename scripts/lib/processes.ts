import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'

const children = new Set<ChildProcess>()

const prefixLines = (name: string, stream: NodeJS.ReadableStream | null, out: NodeJS.WriteStream) => {
  if (!stream) return
  let pending = ''
  stream.setEncoding('utf8')
  stream.on('data', (chunk: string) => {
    pending += chunk
    const lines = pending.split('\n')
    pending = lines.pop() ?? ''
    for (const line of lines) out.write(`[${name}] ${line}\n`)
  })
  stream.on('end', () => pending && out.write(`[${name}] ${pending}\n`))
}

/** Runs a command to completion, output shown as it comes; resolves its exit code. */
export const run = (command: string, args: string[], options: SpawnOptions = {}): Promise<number> =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options })
    children.add(child)
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      children.delete(child)
      resolve(code ?? (signal ? 1 : 0))
    })
  })

/** Runs a command and throws when it fails. */
export const runOrThrow = async (command: string, args: string[], options: SpawnOptions = {}): Promise<void> => {
  const code = await run(command, args, options)
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${code}`)
}

/** Starts a long-running service whose output lines are prefixed by its name. */
export const startService = (name: string, command: string, args: string[], options: SpawnOptions = {}) => {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true, ...options })
  children.add(child)
  prefixLines(name, child.stdout, process.stdout)
  prefixLines(name, child.stderr, process.stderr)
  child.on('exit', () => children.delete(child))
  return child
}

/** Stops every child this process started (whole process groups), politely then firmly. */
export const stopAll = async (): Promise<void> => {
  const running = [...children].filter((c) => c.exitCode === null && c.pid)
  for (const child of running) {
    try {
      process.kill(-child.pid!, 'SIGTERM')
    } catch {
      child.kill('SIGTERM')
    }
  }
  const deadline = Date.now() + 8000
  while (running.some((c) => c.exitCode === null && c.signalCode === null) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100))
  }
  for (const child of running) {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid!, 'SIGKILL')
      } catch {
        child.kill('SIGKILL')
      }
    }
  }
}
