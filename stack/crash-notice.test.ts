import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { crashNotice, redactSecrets } from './crash-notice.ts'

const jwt =
  'eyJhbGciOiJSUzI1NiIsImtpZCI6ImI1ZmUwMjAzYTQ5YjZmODAifQ.eyJzdWIiOiIxNjJjMmE0NC03MmI0LTUwMTIt.HDkuew1mTlhxaWUuxDtHf0ctTBE-irLMBPiF'
const refreshToken = 'fQqqpsNRkdXlbSL3_ZDeHo-6y71lI-ugWW_6SQsbr1D'
const panicLines = [
  'panic: runtime error: invalid memory address or nil pointer dereference',
  'github.com/oidc-mytoken/server/internal/server/ssh.handleMytoken(...)',
  '\t/tmp/src/internal/server/ssh/mytoken.go:34 +0x1c5',
]

function logWith(lines: string[]): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'crash-notice-')), 'server.log')
  fs.writeFileSync(file, `${lines.join('\n')}\n`)
  return file
}

describe('redactSecrets', () => {
  test('hides tokens and keeps paths, identifiers and the panic', () => {
    const text = [`"id_token": "${jwt}",`, `"refresh_token": "${refreshToken}"`, ...panicLines]
    expect(redactSecrets(text.join('\n'))).toBe(
      ['"id_token": "[redacted]",', '"refresh_token": "[redacted]"', ...panicLines].join('\n'),
    )
  })

  test('hides a short mytoken too, though it is letters only', () => {
    const shortToken = 'qwertzuiopasdfghjklyxcvbnm'.repeat(3).slice(0, 64)
    expect(redactSecrets(`short token ${shortToken} used`)).toBe('short token [redacted] used')
  })
})

describe('crashNotice', () => {
  test('names the dead service, how it ended, its last log lines, the known panic and the restart', () => {
    const logFile = logWith([`"access_token": "${refreshToken}"`, ...panicLines])
    const notice = crashNotice({
      service: 'the mytoken server',
      status: { code: 2, signal: null },
      logFile,
      stackStops: false,
    })
    expect(notice).toContain('!! THE MYTOKEN SERVER DIED (exit code 2)')
    expect(notice).toContain(`!! Last lines of ${logFile}:\n   "access_token": "[redacted]"`)
    expect(notice).toContain(`   ${panicLines[0]}`)
    expect(notice).toContain('panics when an SSH key runs `ssh … MT`')
    expect(notice).toContain('Restart: Ctrl-C here, then `npm start` again')
    expect(notice).not.toContain(refreshToken)
  })

  test('a stack that stops says so', () => {
    const notice = crashNotice({
      service: 'MariaDB',
      status: { code: null, signal: 'SIGKILL' },
      logFile: logWith(['shutting down']),
      stackStops: true,
    })
    expect(notice).toContain('!! MARIADB DIED (killed by SIGKILL)')
    expect(notice).toContain('The local stack stops now')
    expect(notice).not.toContain('panics when')
  })
})
