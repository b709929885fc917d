// `npm run bench:pages`: builds the app, serves the production build with its production
// headers, and measures — in one run, on this machine, against the same local stack — this
// app's pages and the mytoken server's built-in web interface: bytes transferred, Largest
// Contentful Paint and Total Blocking Time under Lighthouse's default mobile throttling, and
// Lighthouse's performance and accessibility scores. Prints a table and writes JSON.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { build, preview } from 'vite'
import { chromiumArgs } from '../playwright.config.ts'
import { stackConfig } from '../stack/config.ts'
import { startStack } from '../stack/stack.ts'

interface Measurement {
  page: string
  url: string
  jsBytes: number
  cssBytes: number
  totalBytes: number
  lcpMs: number
  tbtMs: number
  performance: number
  accessibility: number
}

const runs = Number(process.env.BENCH_RUNS ?? 3)

const pages: { page: string; url: string }[] = [
  { page: 'built-in web interface (home)', url: `${stackConfig.mytoken.issuer}/` },
  { page: 'mytoken-web: home', url: `${stackConfig.app.previewOrigin}/` },
  { page: 'mytoken-web: create', url: `${stackConfig.app.previewOrigin}/create` },
  { page: 'mytoken-web: my tokens', url: `${stackConfig.app.previewOrigin}/tokens` },
  { page: 'mytoken-web: token info', url: `${stackConfig.app.previewOrigin}/token-info` },
]

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

interface NetworkItem {
  resourceType?: string
  transferSize?: number
}

async function measure(url: string, port: number): Promise<Omit<Measurement, 'page' | 'url'>> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility'],
    // Lighthouse's defaults: mobile form factor with simulated slow-4G and 4x CPU throttling
  })
  if (!result) throw new Error(`lighthouse returned nothing for ${url}`)
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
    performance: Math.round((categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
  }
}

const stack = await startStack({ handleSignals: false })
process.env.MYTOKEN_WEB_CONFIG = 'local-stack'
console.log('▸ building the app …')
await build({ configFile: 'vite.config.ts', logLevel: 'warn' })
const server = await preview({ configFile: 'vite.config.ts', logLevel: 'warn' })
const chrome = await launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', ...chromiumArgs],
})

const results: Measurement[] = []
try {
  for (const { page, url } of pages) {
    process.stdout.write(`▸ measuring ${page} (${runs} runs) …`)
    const samples: Omit<Measurement, 'page' | 'url'>[] = []
    for (let i = 0; i < runs; i++) samples.push(await measure(url, chrome.port))
    const pick = (key: keyof Omit<Measurement, 'page' | 'url'>) =>
      median(samples.map((s) => s[key]))
    results.push({
      page,
      url,
      jsBytes: pick('jsBytes'),
      cssBytes: pick('cssBytes'),
      totalBytes: pick('totalBytes'),
      lcpMs: pick('lcpMs'),
      tbtMs: pick('tbtMs'),
      performance: pick('performance'),
      accessibility: pick('accessibility'),
    })
    console.log(' done')
  }
} finally {
  chrome.kill()
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
  ['page', 'JS', 'CSS', 'total', '× total', 'LCP', '× LCP', 'TBT', 'perf', 'a11y'],
  ...rows.map((r) => [
    r.page,
    kb(r.jsBytes),
    kb(r.cssBytes),
    kb(r.totalBytes),
    r.ratioTotalBytes.toFixed(2),
    `${Math.round(r.lcpMs)} ms`,
    r.ratioLcp.toFixed(2),
    `${Math.round(r.tbtMs)} ms`,
    String(r.performance),
    String(r.accessibility),
  ]),
]
const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => row[column]!.length)))
console.log(
  `\nLighthouse ${runs} runs each (median), mobile throttling; bytes are transferred (compressed) sizes; × = ratio to the built-in interface\n`,
)
for (const row of table)
  console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join('  '))

const outDir = path.join(stackConfig.projectRoot, 'bench-results')
mkdirSync(outDir, { recursive: true })
writeFileSync(
  path.join(outDir, 'pages.json'),
  JSON.stringify({ measuredAt: new Date().toISOString(), runs, results: rows }, null, 2),
)
console.log(`\nwritten to ${path.relative(process.cwd(), path.join(outDir, 'pages.json'))}`)
process.exit(0)
