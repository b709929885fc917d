// The reveal page's snippets, run exactly as shown: the shell line with the downloaded file,
// curl, the Python (requests) script and the real mytoken command-line client v0.7.1 (built from
// its pinned source by the stack). The server then counts the access tokens they obtained, and
// `ps`, polled all along, never showed the token in any process's command line.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { ensureMytokenCliBuilt } from '../stack/mytoken-cli-build'
import { createAndApprove, expect, test } from './fixtures'
import { runWatched, startHeldProxy } from './shell-watch'
import { discovery, introspect } from './stack-api'

async function snippet(page: Page, title: string): Promise<string> {
  return (await page.getByLabel(title, { exact: true }).textContent()) ?? ''
}

/** The lines of a `ps` snapshot that show the token, with it blanked out (the report must not). */
function linesWithToken(snapshot: string, token: string): string[] {
  return snapshot
    .split('\n')
    .filter((line) => line.includes(token))
    .map((line) => line.replaceAll(token, '<the token>'))
}

for (const responseType of ['token', 'short_token'] as const) {
  test(`every snippet on the reveal page works as shown and keeps the token out of ps (${responseType})`, async ({
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

    // curl and requests send their request through a proxy that holds it until `ps` has seen
    // the client running; the mytoken server still answers it
    const proxy = await startHeldProxy()
    // a clean environment: no config file of the CLI, no server address from outside, and
    // Debian's python3 (with python3-requests, see stack/ensure-system-packages.sh)
    const env = {
      PATH: `${path.dirname(cli)}:/usr/bin:/bin`,
      HOME: dir,
      LANG: 'C.UTF-8',
      http_proxy: proxy.url,
    }
    const snapshots: string[] = []
    const bash = async (script: string) => {
      const result = await runWatched(`set -euo pipefail\n${shell}\n${script}`, '', {
        cwd: dir,
        env,
        timeout: 60_000,
      })
      snapshots.push(...result.snapshots)
      expect(result.exitCode, result.stderr).toBe(0)
      return result.stdout
    }

    try {
      const curlOut = JSON.parse(await bash(curl)) as { access_token?: string }
      expect(curlOut.access_token?.length).toBeGreaterThan(0)

      const pythonOut = await bash('python3 get_token.py')
      expect(pythonOut).toMatch(/^Got an access token of [1-9]\d* characters$/m)

      const cliOut = (await bash(cliLine)).trim()
      expect(cliOut.length).toBeGreaterThan(0)
      expect(cliOut).not.toContain(' ')
    } finally {
      await proxy.close()
    }

    // ps saw curl and python3 while their requests were under way (the Go client never uses a
    // proxy for a loopback address, so only the polling watched it)
    const endpoint = (await discovery()).access_token_endpoint
    expect(proxy.requests.map(({ method, url }) => `${method} ${url}`)).toEqual([
      `POST ${endpoint}`,
      `POST ${endpoint}`,
    ])
    const [duringCurl, duringPython] = proxy.requests.map(({ snapshot }) => snapshot.split('\n'))
    expect(duringCurl!.some((line) => /^curl /.test(line) && line.includes(endpoint))).toBe(true)
    expect(duringPython).toContain('python3 get_token.py')
    for (const snapshot of [...proxy.requests.map((request) => request.snapshot), ...snapshots])
      expect(linesWithToken(snapshot, token)).toEqual([])

    // The server counted exactly these three access tokens.
    const info = await introspect(token)
    expect(info.token.restrictions?.[0]?.usages_AT_done).toBe(3)
    fs.rmSync(dir, { recursive: true, force: true })
  })
}
