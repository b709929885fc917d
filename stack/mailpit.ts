// Mailpit, a real SMTP catcher: the mytoken server sends its notification and verification mails
// to it; developers read them in its web UI, tests through its REST API (`/api/v1/…`).
// Built once with `go install github.com/axllent/mailpit@<version>` into .stack/go-bin/.
import fs from 'node:fs'
import path from 'node:path'
import { runCommand, startChild, tailOf, type ManagedChild } from './child-processes.ts'
import { stackConfig } from './config.ts'
import { seconds, waitFor, type LogLine } from './progress.ts'

const { mailpit } = stackConfig
const binDir = path.join(stackConfig.stateDir, 'go-bin', `mailpit-${mailpit.version}`)
const binary = path.join(binDir, 'mailpit')

/** Installs Mailpit from the Go module proxy unless this version is there already (~35 s cold). */
export async function ensureMailpitBuilt(log: LogLine): Promise<string> {
  if (fs.existsSync(binary)) return binary
  const started = Date.now()
  log(`▸ building Mailpit ${mailpit.version} (about 35 s the first time) …`)
  const partial = `${binDir}.partial`
  fs.rmSync(partial, { recursive: true, force: true })
  fs.mkdirSync(partial, { recursive: true })
  try {
    await runCommand('go', ['install', `github.com/axllent/mailpit@${mailpit.version}`], {
      env: { ...process.env, GOBIN: partial, GOTOOLCHAIN: 'local', GOFLAGS: '-buildvcs=false' },
      logFile: path.join(stackConfig.stateDir, 'logs', 'mailpit-build.log'),
    })
  } catch (error) {
    throw new Error(`building Mailpit failed: ${(error as Error).message}`)
  }
  fs.rmSync(binDir, { recursive: true, force: true })
  fs.renameSync(partial, binDir)
  log(`▸ building Mailpit … done in ${seconds(started)}`)
  return binary
}

export async function mailpitAnswers(timeoutMs = 2_000): Promise<boolean> {
  try {
    const response = await fetch(`${mailpit.webUrl}/api/v1/info`, {
      signal: AbortSignal.timeout(timeoutMs),
    })
    return response.ok
  } catch {
    return false
  }
}

/** Starts Mailpit on the slot's own loopback address (SMTP without auth or TLS, web UI + API). */
export async function startMailpit(binaryPath: string): Promise<ManagedChild> {
  const logFile = path.join(stackConfig.stateDir, 'logs', 'mailpit.log')
  const child = startChild(
    'mailpit',
    binaryPath,
    [
      '--listen',
      `${mailpit.host}:${mailpit.webPort}`,
      '--smtp',
      `${mailpit.host}:${mailpit.smtpPort}`,
      // without --database the messages live in a temporary file that goes with the process
      '--disable-version-check',
      '--max',
      '5000',
    ],
    { logFile },
  )
  try {
    await waitFor(
      `Mailpit at ${mailpit.webUrl}`,
      async () => {
        if (child.hasExited())
          throw new Error(`mailpit exited during start-up:\n${tailOf(logFile)}`)
        return (await mailpitAnswers(1_000)) ? true : undefined
      },
      { timeoutMs: 30_000, intervalMs: 150 },
    )
  } catch (error) {
    await child.stop()
    throw error
  }
  return child
}
