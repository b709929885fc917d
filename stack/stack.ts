// startStack(): MariaDB → local OP → (build) → schema + keys → mytoken server, or reuse a running stack.
// Every child is killed on stop(), on SIGINT/SIGTERM/SIGHUP and on process exit.
import fs from 'node:fs'
import path from 'node:path'
import { killAllChildrenNow, type ExitStatus } from './child-processes.ts'
import { stackConfig } from './config.ts'
import { clearCrashNotice, crashNotice, recordCrash } from './crash-notice.ts'
import { ensureMailpitBuilt, mailpitAnswers, startMailpit } from './mailpit.ts'
import { startMariadb } from './mariadb.ts'
import { ensureMytokenCliBuilt } from './mytoken-cli-build.ts'
import { existingBuild, ensureMytokenServerBuilt } from './mytoken-server-build.ts'
import { sshPatchSummary } from './mytoken-server-ssh-patch.ts'
import {
  fetchMytokenDiscovery,
  loadServerProfiles,
  prepareMytokenRun,
  startMytokenServer,
} from './mytoken-server.ts'
import { canBind, describeHolder, holderOf, type PortNeed } from './ports.ts'
import { defaultLog, seconds, step, type LogLine } from './progress.ts'
import { startProvider } from './provider/provider.ts'

export interface StackOptions {
  /** where progress lines go (default: stdout) */
  log?: LogLine
  /** stop the stack and exit on SIGINT/SIGTERM/SIGHUP (default true; turn off when embedding) */
  handleSignals?: boolean
  /** load the archive's example server profiles after start (default true) */
  loadProfiles?: boolean
  /**
   * if a service dies later on: after the loud notice, stop the rest and exit 1 (default false:
   * the notice only, with how to restart)
   */
  exitOnCrash?: boolean
}

export interface RunningStack {
  /** true if another process's stack was found running and is used as it is */
  reused: boolean
  /** stops everything this call started (nothing, if reused); safe to call more than once */
  stop(): Promise<void>
}

const { mytoken, provider, mariadb, mailpit } = stackConfig

const portNeeds: PortNeed[] = [
  { service: 'Mailpit (SMTP)', host: mailpit.host, port: mailpit.smtpPort },
  { service: 'Mailpit (web UI)', host: mailpit.host, port: mailpit.webPort },
  { service: 'MariaDB', host: mariadb.host, port: mariadb.port },
  {
    service: 'the local OpenID provider',
    host: new URL(provider.issuer).hostname,
    port: provider.port,
  },
  // the mytoken server has no bind-address setting: it listens on all interfaces
  { service: 'the mytoken server', host: '::', port: mytoken.port },
  { service: "the mytoken server's SSH grant", host: mytoken.ssh.host, port: mytoken.ssh.port },
]

async function providerAnswers(): Promise<boolean> {
  try {
    const response = await fetch(`${provider.issuer}/.well-known/openid-configuration`, {
      signal: AbortSignal.timeout(2_000),
    })
    return (
      response.ok && ((await response.json()) as { issuer?: string }).issuer === provider.issuer
    )
  } catch {
    return false
  }
}

async function mytokenAnswers(): Promise<boolean> {
  try {
    const discovery = await fetchMytokenDiscovery()
    return (
      discovery?.issuer === mytoken.issuer &&
      (discovery.providers_supported ?? []).some((p) => p.issuer === provider.issuer)
    )
  } catch {
    return false
  }
}

async function assertPortsFree(partlyRunning: string[]): Promise<void> {
  const problems: string[] = []
  for (const need of portNeeds) {
    if (await canBind(need.host, need.port)) continue
    const where =
      need.host === '::' ? `port ${need.port} (all interfaces)` : `${need.host}:${need.port}`
    problems.push(
      `  - ${where}, needed for ${need.service}, is in use ${describeHolder(await holderOf(need.port))}`,
    )
  }
  if (problems.length === 0) return
  const hint = partlyRunning.length
    ? `Only part of a local stack answers (${partlyRunning.join(', ')}): one still starting, or one whose ` +
      'other parts died. Stop it (Ctrl-C where it runs, or the kill commands above) and start again.'
    : 'Stop those programs, or change the ports in stack/config.ts.'
  throw new Error(`cannot start the local stack:\n${problems.join('\n')}\n${hint}`)
}

const signalNumbers = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const

export async function startStack(options: StackOptions = {}): Promise<RunningStack> {
  const log = options.log ?? defaultLog
  const started = Date.now()

  const [providerUp, mytokenUp, mailpitUp] = await Promise.all([
    providerAnswers(),
    mytokenAnswers(),
    mailpitAnswers(),
  ])
  if (providerUp && mytokenUp && mailpitUp) {
    log(`reusing the running local stack (${mytoken.issuer}, ${provider.issuer})`)
    return { reused: true, stop: async () => {} }
  }
  const partlyRunning = [
    ...(providerUp ? [`OpenID provider at ${provider.issuer}`] : []),
    ...(mytokenUp ? [`mytoken server at ${mytoken.issuer}`] : []),
    ...(mailpitUp ? [`Mailpit at ${mailpit.webUrl}`] : []),
  ]
  await assertPortsFree(partlyRunning)

  fs.mkdirSync(stackConfig.stateDir, { recursive: true })
  clearCrashNotice()
  fs.rmSync(path.join(stackConfig.stateDir, 'logs'), { recursive: true, force: true })
  fs.mkdirSync(path.join(stackConfig.stateDir, 'logs'), { recursive: true })

  const stoppers: { name: string; stop: () => Promise<void> }[] = []
  let stopping: Promise<void> | undefined
  let firstSignalAt = 0
  const onExit = () => killAllChildrenNow()
  const onSignal = (signal: keyof typeof signalNumbers) => {
    if (stopping) {
      // tsx forwards the signal that the process group got as well: ignore such an echo, but let
      // an impatient second Ctrl-C kill everything at once
      if (Date.now() - firstSignalAt < 1_000) return
      log('second signal: killing the local stack now')
      killAllChildrenNow()
      process.exit(128 + signalNumbers[signal])
    }
    firstSignalAt = Date.now()
    log(`received ${signal}, stopping the local stack …`)
    void stop().finally(() => {
      log('local stack stopped')
      process.exit(128 + signalNumbers[signal])
    })
  }
  const signalHandlers = (Object.keys(signalNumbers) as (keyof typeof signalNumbers)[]).map(
    (signal) => [signal, () => onSignal(signal)] as const,
  )
  process.on('exit', onExit)
  if (options.handleSignals ?? true)
    for (const [signal, handler] of signalHandlers) process.on(signal, handler)

  function stop(): Promise<void> {
    stopping ??= (async () => {
      for (const stopper of stoppers.reverse()) {
        try {
          await stopper.stop()
        } catch (error) {
          log(`stopping ${stopper.name} failed: ${(error as Error).message}`)
        }
      }
      process.off('exit', onExit)
      for (const [signal, handler] of signalHandlers) process.off(signal, handler)
    })()
    return stopping
  }

  const watch = (service: string, exited: Promise<ExitStatus>, logFile: string) => {
    void exited.then(async (status) => {
      // a Ctrl-C reaches the children too (same process group): give our own handler a moment
      await new Promise((resolve) => setTimeout(resolve, 300))
      if (stopping) return
      const notice = crashNotice({ service, status, logFile, stackStops: !!options.exitOnCrash })
      recordCrash(notice)
      log(notice)
      if (options.exitOnCrash) void stop().finally(() => process.exit(1))
    })
  }

  try {
    const db = await step(log, 'starting MariaDB with a fresh database', startMariadb)
    stoppers.push({ name: 'MariaDB', stop: () => db.stop() })
    watch('MariaDB', db.exited, path.join(stackConfig.stateDir, 'logs', 'mariadbd.log'))

    const op = await step(
      log,
      `starting the local OpenID provider at ${provider.issuer}`,
      startProvider,
    )
    stoppers.push({ name: 'the OpenID provider', stop: () => op.close() })

    const mailpitBinary = await ensureMailpitBuilt(log)
    const mail = await step(log, `starting Mailpit at ${mailpit.webUrl}`, () =>
      startMailpit(mailpitBinary),
    )
    stoppers.push({ name: 'Mailpit', stop: () => mail.stop() })
    watch('Mailpit', mail.exited, mail.logFile)

    const reusable = existingBuild()
    const build = reusable ?? (await ensureMytokenServerBuilt(log))
    if (reusable)
      log(
        `▸ mytoken server binaries: reusing ${path.relative(process.cwd(), reusable.binDir) || '.'} (${sshPatchSummary})`,
      )

    // the e2e tests run the reveal page's snippets with the real command-line client
    await ensureMytokenCliBuilt(log)

    await step(log, 'migrating the database schema and creating signing keys', () =>
      prepareMytokenRun(build),
    )
    const server = await step(log, `starting the mytoken server at ${mytoken.issuer}`, () =>
      startMytokenServer(build),
    )
    stoppers.push({ name: 'the mytoken server', stop: () => server.stop() })
    watch('the mytoken server', server.exited, server.logFile)

    if (options.loadProfiles ?? true) {
      await step(log, 'loading the example server profiles', () => loadServerProfiles(build))
    }
    log(`local stack ready in ${seconds(started)}`)
  } catch (error) {
    await stop()
    throw error
  }
  return { reused: false, stop }
}
