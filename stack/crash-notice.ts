// What the stack says when one of its services dies while it runs: a loud notice on the console
// and the same text in .stack/crashed.txt, which the end-to-end fixtures turn into a failed test
// (Playwright ignores a webServer that exits after it started).
import fs from 'node:fs'
import path from 'node:path'
import { tailOf, type ExitStatus } from './child-processes.ts'
import { stackConfig } from './config.ts'

export const crashNoticeFile = path.join(stackConfig.stateDir, 'crashed.txt')

const rule = '!'.repeat(78)

export interface Crash {
  /** e.g. "the mytoken server" */
  service: string
  status: ExitStatus
  logFile: string
  /** the process stops the whole stack after the notice (`npm run stack`, `npm test`) */
  stackStops: boolean
}

/**
 * The server logs tokens and the SSH grant's user names (debug level): every word with a part of
 * 32 or more letters and digits (short mytokens are 64 letters), or of 16 or more with upper and
 * lower case and a digit, is shown as `[redacted]`.
 */
export function redactSecrets(text: string): string {
  const secretLike = (part: string) =>
    part.length >= 32 ||
    (part.length >= 16 && /[a-z]/.test(part) && /[A-Z]/.test(part) && /\d/.test(part))
  return text.replace(/[\w.~+/=-]{16,}/g, (word) =>
    word.split(/[./]/).some(secretLike) ? '[redacted]' : word,
  )
}

export function crashNotice({ service, status, logFile, stackStops }: Crash): string {
  const how = status.signal ? `killed by ${status.signal}` : `exit code ${status.code}`
  const log = redactSecrets(tailOf(logFile, 12))
  const knownPanic =
    service === 'the mytoken server' && /panic:|nil pointer/.test(log)
      ? [
          `!! mytoken server v${stackConfig.mytoken.version} panics when an SSH key runs \`ssh … MT\``,
          '!! (README, "Settings and the SSH grant").',
        ]
      : []
  const restart = stackStops
    ? '!! The local stack stops now. Start it again: `npm start`, `npm run stack` or `npm test`.'
    : '!! Restart: Ctrl-C here, then `npm start` again (the database starts fresh).'
  return [
    rule,
    `!! ${service.toUpperCase()} DIED (${how}); the local stack is broken, requests to it fail.`,
    `!! Last lines of ${logFile}:`,
    ...log.split('\n').map((line) => `   ${line}`),
    ...knownPanic,
    restart,
    rule,
  ].join('\n')
}

export function recordCrash(notice: string): void {
  fs.writeFileSync(crashNoticeFile, `${notice}\n`)
}

export function clearCrashNotice(): void {
  fs.rmSync(crashNoticeFile, { force: true })
}

/** The notice of a service that died in the running stack, if one did. */
export function readCrashNotice(): string | undefined {
  try {
    return fs.readFileSync(crashNoticeFile, 'utf8')
  } catch {
    return undefined
  }
}
