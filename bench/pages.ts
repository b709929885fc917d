// `npm run bench:pages`: builds the app, serves the production build with its production
// headers, and measures — in one run, on this machine, against the same local stack — this
// app's pages (signed out, and signed in as a user with 100 tokens) and the mytoken server's
// built-in web interface: bytes transferred, Largest Contentful Paint, Total Blocking Time and
// Cumulative Layout Shift under Lighthouse's default mobile throttling, and Lighthouse's
// performance and accessibility scores. Prints a table and writes JSON.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium } from '@playwright/test'
import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'
import puppeteer, { type Browser } from 'puppeteer-core'
import { build, preview } from 'vite'
import { createMytokenViaApi, signInThroughUi } from '../e2e/fixtures.ts'
import { revokeToken } from '../e2e/stack-api.ts'
import { chromiumArgs } from '../playwright.config.ts'
import { SESSION_STORAGE_KEY } from '../src/lib/mytoken/browser-state/stored-session.ts'
import { stackConfig, testUserPassword } from '../stack/config.ts'
import { startStack } from '../stack/stack.ts'
import { fillSubtokens } from './fill-tokens.ts'

interface Sample {
  jsBytes: number
  cssBytes: number
  totalBytes: number
  lcpMs: number
  tbtMs: number
  cls: number
  performance: number
  accessibility: number
}
interface Measurement extends Sample {
  page: string
  url: string
  worstTbtMs: number
}

const runs = Number(process.env.BENCH_RUNS ?? 3)
/** BENCH_PAGES: only the pages whose name contains one of these comma-separated words */
const pageFilter = process.env.BENCH_PAGES?.split(',').filter(Boolean)
/** BENCH_REPORTS=1 also writes each run's full Lighthouse report (LCP element, trace audits) and trace */
const keepReports = process.env.BENCH_REPORTS === '1'
const TOKENS_OF_SIGNED_IN_USER = 100
const app = stackConfig.app.previewOrigin

const allPages: { page: string; url: string; signedIn?: boolean }[] = [
  { page: 'built-in web interface (home)', url: `${stackConfig.mytoken.issuer}/` },
  { page: 'mytoken-web: home', url: `${app}/` },
  { page: 'mytoken-web: create', url: `${app}/create` },
  { page: 'mytoken-web: my tokens', url: `${app}/tokens` },
  { page: 'mytoken-web: token info', url: `${app}/token-info` },
  { page: 'mytoken-web: about', url: `${app}/about` },
  { page: 'signed in: create', url: `${app}/create`, signedIn: true },
  {
    page: `signed in: my tokens (${TOKENS_OF_SIGNED_IN_USER})`,
    url: `${app}/tokens`,
    signedIn: true,
  },
]

// the built-in interface stays first: every ratio is to it
const pages = allPages.filter(
  ({ page }, index) => index === 0 || !pageFilter || pageFilter.some((word) => page.includes(word)),
)

/** The median of the runs that measured something (NaN only if none did). */
function median(values: number[]): number {
  const sorted = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? NaN
}

interface NetworkItem {
  resourceType?: string
  transferSize?: number
}

/**
 * A user with 100 tokens, signed in to the app through its real flow; returns what the tab then
 * holds in its sessionStorage (the session, and the name the header asked the provider for).
 */
async function signedInUser(): Promise<{ session: SessionEntries; parent: string }> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs })
  try {
    const context = await browser.newContext({ baseURL: app })
    const user = {
      username: `test-bench-pages-${Date.now().toString(36)}`,
      password: testUserPassword,
      name: 'Bench pages',
    }
    const parent = await createMytokenViaApi(context, user, {
      name: 'bench parent',
      capabilities: ['AT', 'create_mytoken'],
    })
    if (!parent.mytoken) throw new Error('no parent token')
    await fillSubtokens(parent.mytoken, TOKENS_OF_SIGNED_IN_USER)
    const page = await context.newPage()
    await signInThroughUi(page, user)
    await page.getByRole('link', { name: /^Signed in as / }).waitFor()
    const session = await page.evaluate(() => Object.entries(sessionStorage))
    if (!session.some(([key]) => key === SESSION_STORAGE_KEY))
      throw new Error('signing in left no session')
    return { session, parent: parent.mytoken }
  } finally {
    await browser.close()
  }
}

type SessionEntries = [string, string][]

/** A new tab; signed in, it holds the session in its sessionStorage, as after a sign-in. */
async function newTab(browser: Browser, session: SessionEntries | undefined) {
  const tab = await browser.newPage()
  // a cold HTTP cache for every run, also when the storage is kept
  const cdp = await tab.createCDPSession()
  await cdp.send('Network.clearBrowserCache')
  await cdp.detach()
  if (session) {
    await tab.goto(`${app}/config.json`)
    await tab.evaluate((entries) => {
      for (const [key, value] of entries) sessionStorage.setItem(key, value)
    }, session)
  }
  return tab
}

async function measure(
  browser: Browser,
  url: string,
  port: number,
  session?: SessionEntries,
): Promise<Sample> {
  const tab = await newTab(browser, session)
  try {
    const result = await lighthouse(
      url,
      {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
        // a signed-in visit keeps the tab's session and what the app remembered (localStorage)
        disableStorageReset: Boolean(session),
        // Lighthouse's defaults: mobile form factor with simulated slow-4G and 4x CPU throttling
      },
      undefined,
      tab,
    )
    if (!result) throw new Error(`lighthouse returned nothing for ${url}`)
    if (keepReports) saveReport(url, session, result.lhr, result.artifacts.Trace)
    const { audits, categories } = result.lhr
    const items =
      (audits['network-requests']?.details as { items?: NetworkItem[] } | undefined)?.items ?? []
    const bytesOf = (type?: string) =>
      items
        .filter((item) => !type || item.resourceType === type)
        .reduce((sum, item) => sum + (item.transferSize ?? 0), 0)
    return {
      jsBytes: bytesOf('Script'),
      cssBytes: bytesOf('Stylesheet'),
      totalBytes: bytesOf(),
      lcpMs: audits['largest-contentful-paint']?.numericValue ?? NaN,
      tbtMs: audits['total-blocking-time']?.numericValue ?? NaN,
      cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
      performance: Math.round((categories.performance?.score ?? 0) * 100),
      accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
    }
  } finally {
    await tab.close()
  }
}

const reportDir = path.join(stackConfig.projectRoot, 'bench-results', 'lighthouse')
/** The report, and next to it the trace it was computed from (`….trace.json`). */
function saveReport(
  url: string,
  session: SessionEntries | undefined,
  lhr: object,
  trace: object | undefined,
) {
  mkdirSync(reportDir, { recursive: true })
  const name = `${new URL(url).pathname.replace(/\W+/g, '_')}${session ? '-signed-in' : ''}`
  const file = path.join(reportDir, `${name}-${Date.now()}`)
  writeFileSync(`${file}.json`, JSON.stringify(lhr))
  if (trace) writeFileSync(`${file}.trace.json`, JSON.stringify(trace))
}

/** Checks once that the signed-in tab really shows the user's tokens before measuring it. */
async function assertSignedInListShows(browser: Browser, session: SessionEntries) {
  const tab = await newTab(browser, session)
  try {
    await tab.goto(`${app}/tokens`)
    await tab.waitForFunction(
      (n) => document.querySelectorAll('.token-table tbody tr.token-row').length >= n,
      { timeout: 60_000 },
      // the list is virtualised: only the rows in view exist
      5,
    )
  } finally {
    await tab.close()
  }
}

/** Every process started by this one, and theirs (Linux: read from /proc). */
function descendantPids(root: number): number[] {
  const parentOf = new Map<number, number>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      // "pid (comm) state ppid …"; comm may hold spaces and parentheses
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      parentOf.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]))
    } catch {
      // ended meanwhile
    }
  }
  const found: number[] = []
  for (let pending = [root]; pending.length > 0;) {
    const parent = pending.pop()!
    for (const [pid, ppid] of parentOf) {
      if (ppid === parent) {
        found.push(pid)
        pending.push(pid)
      }
    }
  }
  return found
}

const stack = await startStack({ handleSignals: false })
// The stack's servers (MariaDB, the mytoken server, Mailpit) share this machine's cores with the
// browser under test and answer the page's requests while it runs. Lighthouse multiplies every
// main-thread delay by four, so a page's task that waits for a server's turn on a core counts as
// the page's own blocking time: the servers run at a lower priority than the browser (started
// later, at the normal one). The built-in interface is measured the same way. BENCH_STACK_NICE=0:
// the servers at the browser's priority.
const stackNice = Number(process.env.BENCH_STACK_NICE ?? 10)
for (const pid of stackNice === 0 ? [] : descendantPids(process.pid)) {
  try {
    os.setPriority(pid, stackNice)
  } catch {
    // not ours to change: measured as it is
  }
}
process.env.MYTOKEN_WEB_CONFIG = 'local-stack'
console.log('▸ building the app …')
const buildStarted = performance.now()
await build({ configFile: 'vite.config.ts', logLevel: 'info' })
const buildSeconds = (performance.now() - buildStarted) / 1000
const server = await preview({ configFile: 'vite.config.ts', logLevel: 'warn' })
console.log(`▸ signing in a user with ${TOKENS_OF_SIGNED_IN_USER} tokens …`)
const signedIn = await signedInUser()
const chrome = await launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', ...chromiumArgs],
})
const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` })

const results: Measurement[] = []
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')
const loadBefore = load()
try {
  await assertSignedInListShows(browser, signedIn.session)
  for (const { page, url, signedIn: withSession } of pages) {
    process.stdout.write(`▸ measuring ${page} (${runs} runs) …`)
    const samples: Sample[] = []
    const measureOnce = () =>
      measure(browser, url, chrome.port, withSession ? signedIn.session : undefined)
    for (let i = 0; i < runs; i++) {
      let sample = await measureOnce()
      // Lighthouse at times fails to record the page load (NO_NAVSTART): no LCP, no score
      for (let retry = 0; Number.isNaN(sample.lcpMs) && retry < 2; retry++) {
        process.stdout.write(' (a run without a trace, repeated)')
        sample = await measureOnce()
      }
      samples.push(sample)
    }
    const pick = (key: keyof Sample) => median(samples.map((s) => s[key]))
    results.push({
      page,
      url,
      jsBytes: pick('jsBytes'),
      cssBytes: pick('cssBytes'),
      totalBytes: pick('totalBytes'),
      lcpMs: pick('lcpMs'),
      tbtMs: pick('tbtMs'),
      worstTbtMs: Math.max(...samples.map((s) => s.tbtMs).filter((tbt) => !Number.isNaN(tbt))),
      cls: Math.max(...samples.map((s) => s.cls).filter((cls) => !Number.isNaN(cls))),
      performance: pick('performance'),
      accessibility: pick('accessibility'),
    })
    console.log(' done')
  }
} finally {
  await browser.disconnect()
  chrome.kill()
  await revokeToken(signedIn.parent, true).catch(() => undefined)
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()))
  await stack.stop()
}

const baseline = results[0]!
const ratio = (value: number, base: number) => (base > 0 ? value / base : NaN)
const rows = results.map((r) => ({
  ...r,
  ratioTotalBytes: ratio(r.totalBytes, baseline.totalBytes),
  ratioJsBytes: ratio(r.jsBytes, baseline.jsBytes),
  ratioLcp: ratio(r.lcpMs, baseline.lcpMs),
}))

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`
const table = [
  [
    'page',
    'JS',
    'CSS',
    'total',
    '× total',
    'LCP',
    '× LCP',
    'TBT',
    'worst TBT',
    'CLS',
    'perf',
    'a11y',
  ],
  ...rows.map((r) => [
    r.page,
    kb(r.jsBytes),
    kb(r.cssBytes),
    kb(r.totalBytes),
    r.ratioTotalBytes.toFixed(2),
    `${Math.round(r.lcpMs)} ms`,
    r.ratioLcp.toFixed(2),
    `${Math.round(r.tbtMs)} ms`,
    `${Math.round(r.worstTbtMs)} ms`,
    r.cls.toFixed(3),
    String(r.performance),
    String(r.accessibility),
  ]),
]
const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => row[column]!.length)))
console.log(
  `\nLighthouse ${runs} runs each (median; worst TBT and CLS: the worst run), mobile throttling; bytes are transferred (compressed) sizes; × = ratio to the built-in interface`,
)
console.log(
  `load average (1/5/15 min) before: ${loadBefore}, after: ${load()} on ${os.cpus().length} cores; build ${buildSeconds.toFixed(1)} s\n`,
)
for (const row of table)
  console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join('  '))

const outDir = path.join(stackConfig.projectRoot, 'bench-results')
mkdirSync(outDir, { recursive: true })
writeFileSync(
  path.join(outDir, 'pages.json'),
  JSON.stringify(
    {
      measuredAt: new Date().toISOString(),
      runs,
      loadAverageBefore: loadBefore,
      loadAverageAfter: load(),
      buildSeconds,
      results: rows,
    },
    null,
    2,
  ),
)
console.log(`\nwritten to ${path.relative(process.cwd(), path.join(outDir, 'pages.json'))}`)
process.exit(0)
