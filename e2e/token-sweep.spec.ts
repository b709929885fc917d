// The leak sweep of the token-info page, signed out, against the real server: a leaked file is
// swept, its candidates checked, the valid ones revoked; the server (plain HTTP) and the real
// mytoken command-line client then refuse every one of them.
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { generateKeyPair, SignJWT } from 'jose'
import { stackConfig } from '../stack/config'
import { ensureMytokenCliBuilt } from '../stack/mytoken-cli-build'
import { analyzeAccessibility } from './axe'
import { createMytokenOverHttp, expect, gotoHydrated, test, type TestUser } from './fixtures'
import {
  canObtainAccessToken,
  createTransferCode,
  exchangeTransferCode,
  isTokenValid,
  revokeToken,
} from './stack-api'

const run = promisify(execFile)
const issuer = stackConfig.mytoken.issuer
const appOrigin = stackConfig.app.previewOrigin
const inAnHour = () => Math.floor(Date.now() / 1000) + 3600

async function tokenOf(user: TestUser, name: string): Promise<string> {
  const created = await createMytokenOverHttp(user, {
    name,
    capabilities: ['AT', 'tokeninfo'],
    restrictions: [{ exp: inAnHour(), usages_AT: 5 }],
  })
  return created.mytoken!
}

/** A mytoken-shaped JWT signed by another key for another issuer (another instance's token). */
async function otherInstanceToken(): Promise<string> {
  const { privateKey } = await generateKeyPair('ES512')
  return new SignJWT({
    ver: '0.7',
    token_type: 'mytoken',
    seq_no: 1,
    name: 'elsewhere',
    oidc_sub: 'someone',
    oidc_iss: 'https://login.example.org',
    capabilities: ['AT'],
  })
    .setProtectedHeader({ alg: 'ES512', typ: 'MT+JWT' })
    .setIssuer('https://mytoken.example.org')
    .setAudience('https://mytoken.example.org')
    .setSubject('c29tZW9uZQ==')
    .setJti('5d0c6a1e-0000-4000-8000-000000000001')
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(privateKey)
}

/** The sweep finds transfer codes by shape: mixed case (a one-case code, 2 in 256, is skipped). */
const mixedCase = (code: string) =>
  /[a-z]/.test(code) && /[A-Z]/.test(code) && !/^[A-Z][a-z]+$/.test(code)

async function usedTransferCode(token: string): Promise<string> {
  for (;;) {
    const code = await createTransferCode(token)
    await exchangeTransferCode(code)
    if (mixedCase(code)) return code
  }
}

const wrap = (text: string, width: number) =>
  text.match(new RegExp(`.{1,${width}}`, 'g'))!.join('\n')

test('a leaked file is swept: three valid tokens found and revoked, the rest told apart; server and CLI refuse them after', async ({
  page,
  user,
}) => {
  test.setTimeout(180_000)
  const cli = await ensureMytokenCliBuilt()
  const [wrapped, inJson, urlEncoded, revoked] = await Promise.all(
    ['wrapped token', 'json token', 'url token', 'revoked token'].map((name) =>
      tokenOf(user, name),
    ),
  )
  const code = await usedTransferCode(revoked!)
  await revokeToken(revoked!)
  const foreign = await otherInstanceToken()

  const lines = [
    '# deploy notes, pushed by mistake',
    'Hi team, the token for the cron job (my mail client wrapped it):',
    wrap(wrapped!, 76),
    '',
    `config.json: {"service": "toar", "mytoken": "${inJson}", "retries": 3}`,
    `callback: https://example.org/cb?state=a1b2&mytoken=${encodeURIComponent(urlEncoded!).replaceAll('.', '%2E')}`,
    `old one (revoked last week): ${revoked}`,
    `from the partner project: ${foreign}`,
    `transfer code from yesterday: ${code}`,
    'junk: lorem ipsum dolor sit amet, Password=hunter2, aGVsbG8gd29ybGQ=, eyJub3QiOiJhIHRva2VuIn0',
  ]
    .join('\n')
    .split('\n')
  const lineOf = (text: string) => lines.findIndex((line) => line.includes(text)) + 1

  // the real client works with a leaked token before the sweep (one access token of five)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mytoken-sweep-'))
  const cliAT = (token: string) =>
    run(cli, ['--url', issuer, 'AT', '--MT-env', 'MYTOKEN'], {
      env: { PATH: '/usr/bin:/bin', HOME: dir, LANG: 'C.UTF-8', MYTOKEN: token },
      timeout: 30_000,
    })
  expect((await cliAT(wrapped!)).stdout.trim().length).toBeGreaterThan(0)

  const requests: { url: string; body: string }[] = []
  page.on('request', (request) =>
    requests.push({ url: request.url(), body: request.postData() ?? '' }),
  )
  await gotoHydrated(page, '/token-info')
  const sweep = page.getByRole('region', { name: 'Sweep a text or file for leaked tokens' })
  await sweep.getByLabel('Or choose a file').setInputFiles({
    name: 'leak.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(lines.join('\n')),
  })
  await expect(sweep.getByText(/^leak\.txt: \d+ kB, kept in this page only/)).toBeVisible()
  await sweep.getByRole('button', { name: 'Sweep', exact: true }).click()

  const table = sweep.getByRole('table')
  const rows = table.locator('tbody tr')
  await expect(rows).toHaveCount(6)
  const row = (name: string) => rows.filter({ hasText: name })
  for (const [name, line, left] of [
    ['wrapped token', 3, 4],
    ['json token', lineOf('config.json'), 5],
    ['url token', lineOf('callback:'), 5],
  ] as const) {
    await expect(row(name)).toContainText('Valid: the server accepts it')
    await expect(row(name)).toContainText(`Line ${line}`)
    await expect(row(name)).toContainText('AT: obtain OpenID Connect access tokens (normal)')
    await expect(row(name)).toContainText(`access tokens: ${left}; other uses: unlimited`)
  }
  await expect(row('revoked token')).toContainText(`Line ${lineOf('old one')}`)
  await expect(row('revoked token')).toContainText('Not valid: revoked, expired or replaced')
  await expect(row('elsewhere')).toContainText(
    'Of another instance (https://mytoken.example.org): not sent',
  )
  const codeRow = rows.filter({ hasText: 'transfer code?' })
  await expect(codeRow).toContainText('Not sent')
  // excerpts are masked: no whole token on the page
  for (const token of [wrapped, inJson, urlEncoded, revoked, foreign, code])
    expect(await page.locator('body').innerText()).not.toContain(token)

  expect((await analyzeAccessibility(page)).violations).toEqual([])

  // nothing has sent the foreign token or the shape-only code anywhere
  expect(requests.some((request) => request.body.includes(foreign))).toBe(false)
  expect(requests.some((request) => request.body.includes(code))).toBe(false)

  const redeem = codeRow.getByLabel('Redeem at Local mytoken server to check')
  await redeem.check()
  await expect(codeRow).toContainText('Not valid: used, expired or unknown')
  await expect(redeem).toBeFocused()

  await sweep.getByRole('button', { name: 'Revoke all valid ones (3)…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Revoke 3 valid tokens?' })
  expect((await analyzeAccessibility(page)).violations).toEqual([])
  await dialog.getByRole('button', { name: 'Revoke 3' }).click()
  await expect(dialog).toBeHidden()
  for (const name of ['wrapped token', 'json token', 'url token'])
    await expect(row(name)).toContainText('Revoked at')
  await expect(sweep.getByRole('button', { name: 'Revoke all valid ones (0)…' })).toBeVisible()
  await expect(
    sweep.getByText(/^Leak sweep of "leak\.txt" \(\d+ kB\) at \d{4}-\d\d-\d\dT/),
  ).toHaveText(
    /: 6 candidates found: 3 valid, 2 not valid, 1 of another instance \(not sent\), 0 not checked, 0 checks failed\. Revoked: 3 \(last at .*Z\); revocations failed: 0\.$/,
  )

  // only the app and the instance were asked; the foreign token went nowhere
  const origins = new Set(requests.map((request) => new URL(request.url).origin))
  expect([...origins].sort()).toEqual([appOrigin, new URL(issuer).origin].sort())
  expect(requests.some((request) => request.body.includes(foreign))).toBe(false)

  // the truth at the server, and the real command-line client
  for (const token of [wrapped!, inJson!, urlEncoded!]) {
    expect(await isTokenValid(token)).toBe(false)
    expect(await canObtainAccessToken(token)).toBe(false)
    await expect(cliAT(token)).rejects.toMatchObject({ code: expect.any(Number) })
  }
  fs.rmSync(dir, { recursive: true, force: true })
})

test('in German at 390 px: a large paste is kept aside, swept in a worker, and the table scrolls inside the page', async ({
  page,
}) => {
  const foreign = await otherInstanceToken()
  const text = `${'lorem ipsum dolor sit amet\n'.repeat(4000)}MYTOKEN=${foreign}\n`
  await page.setViewportSize({ width: 390, height: 844 })
  const requests: string[] = []
  page.on('request', (request) => requests.push(request.postData() ?? ''))
  const workers: string[] = []
  const ended: string[] = []
  page.on('worker', (worker) => {
    workers.push(new URL(worker.url()).pathname)
    worker.on('close', () => ended.push(worker.url()))
  })
  await gotoHydrated(page, '/token-info')
  expect(workers).toEqual([])
  await page.getByLabel('Language').selectOption('de')
  const sweep = page.getByRole('region', {
    name: 'Einen Text oder eine Datei nach geleakten Tokens durchsuchen',
  })
  const field = sweep.getByLabel('Zu durchsuchender Text')
  await field.focus()
  await field.evaluate((element, pasted) => {
    const data = new DataTransfer()
    data.setData('text/plain', pasted)
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    )
  }, text)
  await expect(field).toHaveValue('')
  await expect(
    sweep.getByText(/^Eingefügter Text: 1\d\d kB, nur in dieser Seite gehalten/),
  ).toBeVisible()
  await sweep.getByRole('button', { name: 'Durchsuchen', exact: true }).click()

  const rows = sweep.getByRole('table').locator('tbody tr')
  await expect(rows).toHaveCount(1)
  // the scan ran in a worker of the built app's own, ended once it answered
  expect(workers).toEqual([expect.stringMatching(/^\/assets\/scan\.worker-[\w-]+\.js$/)])
  await expect.poll(() => ended.length).toBe(1)
  await expect(rows).toContainText(`Zeile 4001`)
  await expect(rows).toContainText(
    'Von einer anderen Instanz (https://mytoken.example.org): nicht gesendet',
  )
  await expect(rows).toContainText('AT: OpenID-Connect-Access-Tokens holen (normal)')
  await expect(sweep.getByRole('button', { name: 'Alle gültigen widerrufen (0) …' })).toBeVisible()
  await expect(sweep.getByText(/^Leak-Suche in „Eingefügter Text“/)).toContainText(
    '1 Kandidaten gefunden: 0 gültig, 0 nicht gültig, 1 von einer anderen Instanz',
  )
  expect(
    await page.evaluate(() => {
      const root = document.scrollingElement!
      return root.scrollWidth - root.clientWidth
    }),
  ).toBeLessThanOrEqual(0)
  expect((await analyzeAccessibility(page)).violations).toEqual([])
  expect(requests.some((body) => body.includes(foreign) || body.includes('lorem'))).toBe(false)
})
