// Long-running child processes of the stack (mariadbd, mytoken-server) and one-shot commands.
// Every long-running child is registered so that it can be killed on stop, on signals and on exit.
// Children stay in our process group, so a signal sent to the group (Playwright's webServer) hits
// them as well.
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'

export interface ExitStatus {
  code: number | null
  signal: NodeJS.Signals | null
}

export interface ManagedChild {
  readonly name: string
  readonly pid: number
  readonly logFile: string
  /** resolves when the process has ended, for whatever reason */
  readonly exited: Promise<ExitStatus>
  hasExited(): boolean
  /** SIGTERM, then SIGKILL after `graceMs`; resolves when the process is gone */
  stop(graceMs?: number): Promise<void>
}

const running = new Set<ManagedChild>()
const oneShots = new Set<ChildProcess>()

/** Kills every registered child right now (for process 'exit', where nothing async can run). */
export function killAllChildrenNow(): void {
  const pids = [
    ...[...running].map((child) => child.pid),
    ...[...oneShots].map((child) => child.pid),
  ]
  for (const pid of pids) {
    try {
      if (pid !== undefined) process.kill(pid, 'SIGKILL')
    } catch {
      // already gone
    }
  }
  running.clear()
  oneShots.clear()
}

// `setpriv --pdeathsig KILL` (util-linux) makes the kernel kill the child when we die, even by
// SIGKILL, where no exit handler runs. setpriv execs the command, so the pid stays the same.
const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((file) => fs.existsSync(file))

export function startChild(
  name: string,
  command: string,
  args: string[],
  options: { cwd?: string; logFile: string; env?: NodeJS.ProcessEnv },
): ManagedChild {
  const out = fs.openSync(options.logFile, 'a')
  const [file, argv] = setpriv
    ? [setpriv, ['--pdeathsig', 'KILL', '--', command, ...args]]
    : [command, args]
  let child: ChildProcess
  try {
    child = spawn(file, argv, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', out, out],
    })
  } finally {
    fs.closeSync(out)
  }
  const pid = child.pid
  if (pid === undefined) throw new Error(`could not start ${name} (${command})`)

  let status: ExitStatus | undefined
  const exited = new Promise<ExitStatus>((resolve) => {
    child.once('exit', (code, signal) => {
      status = { code, signal }
      running.delete(managed)
      resolve(status)
    })
    child.once('error', () => {
      status ??= { code: null, signal: null }
      running.delete(managed)
      resolve(status)
    })
  })

  const managed: ManagedChild = {
    name,
    pid,
    logFile: options.logFile,
    exited,
    hasExited: () => status !== undefined,
    async stop(graceMs = 5_000) {
      if (status) return
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs)
      await exited
      clearTimeout(timer)
    },
  }
  running.add(managed)
  return managed
}

/** The last lines of a log file, for error messages. */
export function tailOf(file: string, lines = 15): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n')
  } catch {
    return '(no log)'
  }
}

/** The command line for messages, with password arguments masked. */
function shownCommandLine(command: string, args: string[]): string {
  const shown = args.map((arg, i) =>
    arg.startsWith('--password=') ? '--password=…' : args[i - 1] === '--password' ? '…' : arg,
  )
  return [command, ...shown].join(' ')
}

/** What a failed one-shot command reports: the command line, how it ended, its last output lines. */
export function commandFailure(
  command: string,
  args: string[],
  how: string,
  output: string,
): Error {
  const lastLines = output.trimEnd().split('\n').slice(-20).join('\n')
  return new Error(
    `\`${shownCommandLine(command, args)}\` failed (${how}):\n${lastLines || '(no output)'}`,
  )
}

/** Runs a command to completion; rejects with its command line, exit code and output if it fails. */
export function runCommand(
  command: string,
  args: string[],
  options: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv; logFile?: string } = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    oneShots.add(child)
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    // EPIPE when the command exits before reading all its input: its exit status tells the story
    child.stdin.on('error', () => {})
    child.once('error', (error) => {
      oneShots.delete(child)
      reject(new Error(`could not run ${command}: ${error.message}`))
    })
    child.once('close', (code, signal) => {
      oneShots.delete(child)
      if (options.logFile) {
        fs.appendFileSync(options.logFile, `$ ${command} ${args.join(' ')}\n${output}\n`)
      }
      if (code === 0) return resolve(output)
      reject(
        commandFailure(command, args, signal ? `signal ${signal}` : `exit code ${code}`, output),
      )
    })
    child.stdin.end(options.input ?? '')
  })
}
