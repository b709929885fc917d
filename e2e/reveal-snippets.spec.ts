// The reveal page's snippets, run exactly as shown: the shell line with the downloaded file,
// curl, the Python (requests) script and the real mytoken command-line client v0.7.1 (built from
// its pinned source by the stack). The server then counts the access tokens they obtained.
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import type { Page } from '@playwright/test'
import { ensureMytokenCliBuilt } from '../stack/mytoken-cli-build'
import { createAndApprove, expect, test } from './fixtures'
import { introspect } from './stack-api'

const run = promisify(execFile)

async function snippet(page: Page, title: string): Promise<string> {
  return (await page.getByLabel(title, { exact: true }).textContent()) ?? ''
}

for (const responseType of ['token', 'short_token'] as const) {
  test(`every snippet on the reveal page works as shown (${responseType})`, async ({
    signedInPage: page,
    user,
  }) => {
    test.setTimeout(240_000)
    const cli = await ensureMytokenCliBuilt()
    await page.goto(
      `/create?preset=toar&name=Snippet%20check&capabilities=AT,tokeninfo:introspect&response_type=${responseType}`,
    )
    await createAndApprove(page, user)

    // The user downloads the token and runs the snippets in that folder.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mytoken-snippets-'))
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Download as a file' }).click()
    const file = await download
    const tokenFile = path.join(dir, file.suggestedFilename())
    await file.saveAs(tokenFile)
    const token = fs.readFileSync(tokenFile, 'utf8').trim()
    expect(token.includes('.'), 'a JWT has dots, a short token none').toBe(responseType === 'token')

    const shell = await snippet(page, 'Shell: load the token from the file')
    const curl = await snippet(page, 'curl: obtain an access token')
    const python = await snippet(page, 'Python (requests), as in the TOAR guide')
    const cliLine = await snippet(page, 'mytoken command-line client')
    fs.writeFileSync(path.join(dir, 'get_token.py'), python)

    // a clean environment: no config file of the CLI, no server address from outside, and
    // Debian's python3 (with python3-requests, see stack/ensure-system-packages.sh)
    const env = {
      PATH: `${path.dirname(cli)}:/usr/bin:/bin`,
      HOME: dir,
      LANG: 'C.UTF-8',
    }
    const bash = (script: string) =>
      run('bash', ['-c', `set -euo pipefail\n${shell}\n${script}`], {
        cwd: dir,
        env,
        timeout: 60_000,
      })

    const curlOut = JSON.parse((await bash(curl)).stdout) as { access_token?: string }
    expect(curlOut.access_token?.length).toBeGreaterThan(0)

    const pythonOut = (await bash('python3 get_token.py')).stdout
    expect(pythonOut).toMatch(/^Got an access token of [1-9]\d* characters$/m)

    const cliOut = (await bash(cliLine)).stdout.trim()
    expect(cliOut.length).toBeGreaterThan(0)
    expect(cliOut).not.toContain(' ')

    // The server counted exactly these three access tokens.
    const info = await introspect(token)
    expect(info.token.restrictions?.[0]?.usages_AT_done).toBe(3)
    fs.rmSync(dir, { recursive: true, force: true })
  })
}
