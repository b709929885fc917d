// `npx tsx bench/sweep.ts` — how the token-info page's leak sweep copes with a 5 MB file holding
// 1,000 candidates, against the real local stack (it must be running: `npm run stack`).
//
// A fresh test user gets BENCH_VALID (default 900) sub-tokens through the real API; the file
// holds them (a third wrapped at 76 columns, a third inside JSON, a third URL-encoded), 1,000 −
// BENCH_VALID mytokens of another instance (signed by another key), and log lines and prose up to
// 5 MB. The app (built and served by this script with `vite preview`) sweeps it, checks every
// candidate at the server and revokes all valid ones. Throughout, a probe button outside the app
// is clicked (every 100 ms while scanning, every 200 ms after): the time from the click to the
// frame after its handler ran is how long the page takes to answer a click. The clicks are raw
// mouse input at the probe's place, so a busy main thread delays them as it would a user's.
// Printed for each phase: its duration, the click latency (median, p95, worst), the Event Timing
// API's slow clicks and the long tasks; also the machine's load average before and after, and
// every host the page sent a request to. BENCH_SCAN_ONLY=1 stops after the scan; BENCH_SCANS=N
// sweeps the file N times (Clear between; with BENCH_VALID=0 no check runs behind a later scan).
// Prints numbers; writes nothing. Not a test.
import os from 'node:os'

process.env.APP_PREVIEW_PORT ??= '4191'
process.env.MYTOKEN_WEB_CONFIG ??= 'local-stack'

const { chromium } = await import('@playwright/test')
const { build, preview } = await import('vite')
const { generateKeyPair, SignJWT } = await import('jose')
const { stackConfig, testUserPassword } = await import('../stack/config.ts')
const { chromiumArgs } = await import('../playwright.config.ts')
const { createMytokenOverHttp } = await import('../e2e/fixtures.ts')
const { createSubtoken, isTokenValid, revokeToken } = await import('../e2e/stack-api.ts')

const TOTAL = 1000
const VALID = Number(process.env.BENCH_VALID ?? 900)
const FILE_SIZE = 5 * 1024 * 1024
const CLICK_EVERY_MS = 200
const SCAN_CLICK_EVERY_MS = 100
const SCAN_ONLY = process.env.BENCH_SCAN_ONLY === '1'
const SCANS = Number(process.env.BENCH_SCANS ?? 1)
const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')

type Page = import('@playwright/test').Page

async function validTokens(count: number): Promise<{ parent: string; tokens: string[] }> {
  const user = {
    username: `test-bench-sweep-${Date.now().toString(36)}`,
    password: testUserPassword,
    name: 'Bench sweep',
  }
  const parent = await createMytokenOverHttp(user, {
    name: 'bench sweep parent',
    capabilities: ['AT', 'create_mytoken', 'tokeninfo'],
  })
  const tokens: string[] = []
  // one at a time: see fill-tokens.ts ("no db node available")
  for (let i = 0; i < count; i++) {
    const created = await createSubtoken(parent.mytoken!, {
      name: `leaked ${i}`,
      capabilities: ['AT', 'tokeninfo'],
      restrictions: [{ exp: Math.floor(Date.now() / 1000) + 86_400, usages_AT: 10 }],
    })
    tokens.push(created.mytoken!)
  }
  return { parent: parent.mytoken!, tokens }
}

async function foreignTokens(count: number): Promise<string[]> {
  const { privateKey } = await generateKeyPair('ES512')
  return Promise.all(
    Array.from({ length: count }, (_, i) =>
      new SignJWT({ ver: '0.7', token_type: 'mytoken', seq_no: 1, name: `elsewhere ${i}` })
        .setProtectedHeader({ alg: 'ES512', typ: 'MT+JWT' })
        .setIssuer('https://mytoken.example.org')
        .setAudience('https://mytoken.example.org')
        .setSubject('c29tZW9uZQ==')
        .setJti(`bench-${i}`)
        .setIssuedAt()
        .setExpirationTime('1d')
        .sign(privateKey),
    ),
  )
}

const LOG_LINES = [
  '2026-12-07T01:02:03Z INFO  worker[3] fetched 1834 rows from station DEBW107 in 412 ms',
  'lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt',
  '{"level":"debug","msg":"retrying request","attempt":2,"url":"https://example.org/api?x=1%20y"}',
  '    at Object.<anonymous> (/home/runner/work/toar/toar/scripts/fetch.js:42:17)',
  'export PATH=/usr/local/bin:$PATH  # Password=hunter2 (not a token) 50% done',
]

function leakedText(tokens: readonly string[]): string {
  const placed = tokens.map((token, i) => {
    if (i % 3 === 0)
      return `token (wrapped by the mail client):\n${token.match(/.{1,76}/g)!.join('\n')}`
    if (i % 3 === 1) return `{"service":"toar","mytoken":"${token}","retries":3}`
    return `https://example.org/cb?mytoken=${encodeURIComponent(token).replaceAll('.', '%2E')}`
  })
  const tokenBytes = placed.reduce((sum, line) => sum + line.length + 1, 0)
  const fillerLines = Math.ceil((FILE_SIZE - tokenBytes) / 90)
  const between = Math.max(1, Math.floor(fillerLines / placed.length))
  const lines: string[] = []
  let filler = 0
  for (const line of placed) {
    for (let k = 0; k < between; k++) lines.push(LOG_LINES[filler++ % LOG_LINES.length]!)
    lines.push(line)
  }
  let text = lines.join('\n')
  while (text.length < FILE_SIZE) text += `\n${LOG_LINES[filler++ % LOG_LINES.length]}`
  return text
}

/** A button outside the app whose clicks record their latency (to the frame after the handler). */
async function installProbe(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as {
      probeLatencies: number[]
      clickDurations: number[]
      longTasks: number[]
    }
    w.probeLatencies = []
    w.clickDurations = []
    w.longTasks = []
    const probe = document.createElement('button')
    probe.id = 'bench-probe'
    probe.textContent = 'probe'
    probe.style.cssText = 'position:fixed;right:0;bottom:0;z-index:9999'
    let n = 0
    probe.addEventListener('click', (event) => {
      probe.textContent = `probe ${++n}`
      requestAnimationFrame(() =>
        setTimeout(() => w.probeLatencies.push(performance.now() - event.timeStamp), 0),
      )
    })
    document.body.append(probe)
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (entry.name === 'click') w.clickDurations.push(entry.duration)
    }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit)
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push(entry.duration)
    }).observe({ type: 'longtask', buffered: true })
  })
}

async function readMeasures(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as {
      probeLatencies: number[]
      clickDurations: number[]
      longTasks: number[]
    }
    const taken = { probe: w.probeLatencies, clicks: w.clickDurations, longTasks: w.longTasks }
    w.probeLatencies = []
    w.clickDurations = []
    w.longTasks = []
    return taken
  })
}

type Phase = [name: string, ms: number, measured: Awaited<ReturnType<typeof readMeasures>>]

/** Clicks the probe every `every` ms until `done` says so; returns the phase's duration. */
async function clickUntil(
  page: Page,
  done: () => Promise<boolean>,
  every = CLICK_EVERY_MS,
): Promise<number> {
  const start = performance.now()
  const box = (await page.locator('#bench-probe').boundingBox())!
  for (;;) {
    const tick = performance.now()
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
    if (await done()) return performance.now() - start
    const wait = every - (performance.now() - tick)
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
  }
}

async function summaryCounts(page: Page) {
  const text =
    (await page
      .locator('.sweep-summary')
      .textContent()
      .catch(() => null)) ?? ''
  const number = (pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? NaN)
  return {
    found: number(/(\d+) candidates found/),
    valid: number(/(\d+) valid,/),
    invalid: number(/(\d+) not valid/),
    other: number(/(\d+) of another instance/),
    notChecked: number(/(\d+) not checked/),
    failedChecks: number(/(\d+) checks failed/),
    revoked: number(/Revoked: (\d+)/),
    failedRevocations: number(/revocations failed: (\d+)/),
  }
}

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0
  return `n=${sorted.length} median ${at(0.5).toFixed(0)} ms, p95 ${at(0.95).toFixed(0)} ms, worst ${(sorted.at(-1) ?? 0).toFixed(0)} ms`
}

console.log(`Creating ${VALID} tokens of a fresh user …`)
const fillStart = Date.now()
const { parent, tokens } = await validTokens(VALID)
const foreign = await foreignTokens(TOTAL - VALID)
console.log(`  ${((Date.now() - fillStart) / 1000).toFixed(1)} s`)
const text = leakedText([...tokens, ...foreign].sort(() => Math.random() - 0.5))
console.log(`File: ${(text.length / 1024 / 1024).toFixed(2)} MB, ${text.split('\n').length} lines`)

console.log(`Building the app and serving it at ${stackConfig.app.previewOrigin} …`)
await build({ configFile: 'vite.config.ts', logLevel: 'warn' })
const server = await preview({ configFile: 'vite.config.ts', logLevel: 'warn' })
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs })
try {
  const context = await browser.newContext({ baseURL: stackConfig.app.previewOrigin })
  const page = await context.newPage()
  const hosts = new Map<string, number>()
  page.on('request', (request) => {
    const origin = new URL(request.url()).origin
    hosts.set(origin, (hosts.get(origin) ?? 0) + 1)
  })
  await page.goto('/token-info')
  await page.locator('html[data-app-hydrated]').waitFor()
  await installProbe(page)
  const loadBefore = loadAverage()
  const scans: Phase[] = []
  for (let run = 1; run <= SCANS; run++) scans.push(await sweepFile(page, text, run))
  const phases: Phase[] = [
    [
      `scan (5 MB, until the table shows; ${SCANS} runs: ${scans.map(([, ms]) => (ms / 1000).toFixed(1)).join(', ')} s), in all`,
      scans.reduce((sum, [, ms]) => sum + ms, 0),
      {
        probe: scans.flatMap(([, , measured]) => measured.probe),
        clicks: scans.flatMap(([, , measured]) => measured.clicks),
        longTasks: scans.flatMap(([, , measured]) => measured.longTasks),
      },
    ],
  ]
  if (!SCAN_ONLY) phases.push(...(await checkAndRevoke(page, tokens)))

  console.log('')
  console.log(`Machine load average (1, 5, 15 min): before ${loadBefore}; after ${loadAverage()}`)
  for (const [phase, ms, measured] of phases) {
    console.log(`${phase}: ${(ms / 1000).toFixed(1)} s`)
    console.log(`  click → next frame (probe): ${stats(measured.probe)}`)
    console.log(`  Event Timing clicks ≥ 16 ms: ${stats(measured.clicks)}`)
    console.log(`  long tasks (> 50 ms): ${stats(measured.longTasks)}`)
  }
  console.log('requests by origin:')
  for (const [origin, count] of hosts) console.log(`  ${origin}: ${count}`)
  const allowed = new Set([
    stackConfig.app.previewOrigin,
    new URL(stackConfig.mytoken.issuer).origin,
  ])
  const others = [...hosts.keys()].filter((origin) => !allowed.has(origin))
  console.log(
    others.length === 0 ? 'no request to any other host' : `OTHER HOSTS: ${others.join(', ')}`,
  )
  await context.close()
} finally {
  await revokeToken(parent, true)
  await browser.close()
  await server.close()
}

/** Chooses the file (after clearing the last sweep) and sweeps it; the scan's measures. */
async function sweepFile(page: Page, text: string, run: number): Promise<Phase> {
  const sweep = page.getByRole('region', { name: 'Sweep a text or file for leaked tokens' })
  if (run > 1) await sweep.getByRole('button', { name: 'Clear', exact: true }).click()
  await page.getByLabel('Or choose a file').setInputFiles({
    name: 'leak.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(text),
  })
  await page.getByText(/^leak\.txt: .* kept in this page only/).waitFor()
  await readMeasures(page)
  await page.getByRole('button', { name: 'Sweep', exact: true }).click()
  const ms = await clickUntil(
    page,
    async () => (await page.locator('.sweep-summary').count()) > 0,
    SCAN_CLICK_EVERY_MS,
  )
  return [`scan ${run}`, ms, await readMeasures(page)]
}

/** Waits for every check, revokes all valid ones; the phases' measures. */
async function checkAndRevoke(page: Page, tokens: readonly string[]): Promise<Phase[]> {
  const checkMs = await clickUntil(page, async () => {
    const c = await summaryCounts(page)
    return c.valid + c.invalid + c.other + c.notChecked + c.failedChecks === c.found
  })
  const check = await readMeasures(page)
  const afterCheck = await summaryCounts(page)

  await page.getByRole('button', { name: /^Revoke all valid ones/ }).click()
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^Revoke \d+$/ })
    .click()
  const revokeMs = await clickUntil(page, async () => {
    const c = await summaryCounts(page)
    return c.revoked + c.failedRevocations === afterCheck.valid
  })
  const revoke = await readMeasures(page)
  const afterRevoke = await summaryCounts(page)
  const stillValid = (
    await Promise.all(tokens.slice(0, 20).map((token) => isTokenValid(token)))
  ).filter(Boolean).length

  console.log(`after the checks: ${JSON.stringify(afterCheck)}`)
  console.log(`after revoking:   ${JSON.stringify(afterRevoke)}`)
  console.log(`of 20 leaked tokens, still valid at the server (plain HTTP): ${stillValid}`)
  return [
    ['check at the server', checkMs, check],
    ['revoke all valid ones', revokeMs, revoke],
  ]
}
