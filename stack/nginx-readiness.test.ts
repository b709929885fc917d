// The readiness check of the stack's nginx (stack/nginx.ts) against a tiny local HTTP server: it
// demands the start page with a 200 and fails at once, with the error log's cause, on anything else.
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { servesStartPage } from './nginx.ts'

const deniedLine =
  '2026/12/06 22:33:53 [crit] 12947#12947: *2 stat() "/tmp/tmp.x/p/.stack/www-4179/index.html" failed (13: Permission denied)'

let server: http.Server | undefined
let requests = 0
afterEach(
  () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
)

/** A server answering every request with `status`, `contentType` and `body`; resolves its URL. */
function answering(status: number, contentType: string, body: string): Promise<string> {
  requests = 0
  server = http.createServer((_request, response) => {
    requests++
    response.writeHead(status, { 'Content-Type': contentType })
    response.end(body)
  })
  return new Promise((resolve) =>
    server!.listen(0, '127.0.0.1', () => {
      resolve(`http://127.0.0.1:${(server!.address() as AddressInfo).port}/`)
    }),
  )
}

function errorLogWith(...lines: string[]): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'nginx-readiness-')), 'error.log')
  fs.writeFileSync(file, lines.map((line) => `${line}\n`).join(''))
  return file
}

describe('servesStartPage', () => {
  test('a 500 fails at once with the status, the error-log line and the fix', async () => {
    const url = await answering(
      500,
      'text/html',
      '<html><body>500 Internal Server Error</body></html>',
    )
    const errorLog = errorLogWith('an older line', deniedLine)
    const check = servesStartPage(url, errorLog)
    await expect(check).rejects.toThrow(`nginx answers ${url} with 500 Internal Server Error`)
    // at once: the first answer decides, nothing is asked again
    expect(requests).toBe(1)
    await expect(check).rejects.toThrow(`${errorLog}:\nan older line\n${deniedLine}\nFix: `)
    await expect(check).rejects.toThrow(/cannot read the files/)
  })

  test('a 200 that is not the HTML start page fails too', async () => {
    const url = await answering(200, 'application/json', '{}')
    await expect(servesStartPage(url, errorLogWith())).rejects.toThrow(
      /with 200 OK but not an HTML page \(application\/json\)/,
    )
  })

  test('the start page with a 200 is ready', async () => {
    const url = await answering(200, 'text/html', '<!doctype html>\n<html lang="en"></html>')
    await expect(servesStartPage(url, errorLogWith())).resolves.toBe(true)
  })

  test('nothing listening yet is "not ready", not a failure', async () => {
    const url = await answering(200, 'text/html', '<html></html>')
    await new Promise<void>((resolve) => server!.close(() => resolve()))
    server = undefined
    await expect(servesStartPage(url, errorLogWith())).resolves.toBe(false)
  })
})
