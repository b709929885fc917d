// `npm run bench:list` — how the token list copes with many tokens, against the real local stack
// (it must be running: `npm run stack`).
//
// For each N (default 100, 1000, 5000; BENCH_SIZES=100,1000 to choose), a fresh test user gets N
// tokens through the real API: one parent from the consent flow (`oidc_flow`, approved in
// Chromium) and N−1 sub-tokens (`mytoken` grant; some are sub-tokens of sub-tokens, so the list
// is a tree). That user then signs in to the app (built and served by this script with `vite
// preview`) and we measure in the page, with performance.now():
//   (a) navigation to /tokens → first row visible and the search box enabled ("interactive"),
//   (b) a keystroke in the search box → the list shows the filtered result,
//   (c) with usage counts on (they load lazily per visible row from the event history): the
//       requests to the mytoken server until the first row is shown, 1 s later (rows settled),
//       while scrolling through the whole list quickly, and after resting at its end; and the
//       time until the first row shows its usage count.
// With BENCH_REVIEW=1 also (d) the review (/tokens/review), where every token's history is read in
// chunks in the background: navigation → first card, → "Checked N tokens" (all histories read),
// the event_history requests that took, and the page's long tasks while they were read.
// Prints a table and writes bench-results/list.json. At the end each user's tokens are revoked
// again (recursively through the parent) so the database does not keep thousands of them.
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

process.env.APP_PREVIEW_PORT ??= '4190'
process.env.MYTOKEN_WEB_CONFIG ??= 'local-stack'

const { chromium } = await import('@playwright/test')
const { build, preview } = await import('vite')
const { stackConfig, testUserPassword } = await import('../stack/config.ts')
const { chromiumArgs } = await import('../playwright.config.ts')
const { createMytokenViaApi, sessionTokenOf, signInThroughUi } = await import('../e2e/fixtures.ts')
const { listedTokenNames, revokeToken } = await import('../e2e/stack-api.ts')
const { fillSubtokens } = await import('./fill-tokens.ts')

const sizes = (process.env.BENCH_SIZES ?? '100,1000,5000')
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n) && n > 0)
const RUNS = Number(process.env.BENCH_RUNS ?? 3)
interface Result {
  n: number
  tokensInList: number
  fillSeconds: number
  interactiveMs: number[]
  firstKeystrokeMs: number[]
  secondKeystrokeMs: number[]
  /** the list_mytokens request alone, from Node (server + transfer, no browser) */
  serverListMs: number[]
  usage?: UsageCost
  review?: ReviewCost
}

interface ReviewCost {
  firstCardMs: number
  historiesReadMs: number
  historyRequests: number
  cardsInDom: number
  /** long tasks (≥ 50 ms) after the first card was shown, while the histories were read */
  longTasksWhileReading: number
  longestTaskWhileReadingMs: number
}

interface UsageCost {
  requestsAtFirstRow: number
  historyRequestsAtFirstRow: number
  historyRequestsSettled: number
  firstUsageCountMs: number
  historyRequestsWhileScrolling: number
  historyRequestsAfterRestingAtEnd: number
  rowsInDom: number
}

/** Requests from the page to the mytoken server, by tokeninfo action (or path). */
function countServerRequests(page: import('@playwright/test').Page) {
  const seen: string[] = []
  page.on('request', (request) => {
    if (!request.url().startsWith(stackConfig.mytoken.issuer) || request.method() === 'OPTIONS')
      return
    let action = new URL(request.url()).pathname
    try {
      const body = JSON.parse(request.postData() ?? '{}') as { action?: string }
      if (body.action) action = body.action
    } catch {
      // not JSON: counted by its path
    }
    seen.push(action)
  })
  return {
    total: () => seen.length,
    history: () => seen.filter((a) => a === 'event_history').length,
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** (c): the cost of the usage counts on first paint and while scrolling. */
async function measureUsageCost(
  context: import('@playwright/test').BrowserContext,
): Promise<UsageCost> {
  const page = await context.newPage()
  const requests = countServerRequests(page)
  await page.goto('/tokens', { waitUntil: 'commit' })
  await page.waitForFunction(
    () => document.querySelector('.token-table tbody tr.token-row'),
    undefined,
    {
      polling: 'raf',
      timeout: 120_000,
    },
  )
  const requestsAtFirstRow = requests.total()
  const historyRequestsAtFirstRow = requests.history()
  const started = await page.evaluate(() => performance.now())
  const firstCount = await page.waitForFunction(
    () =>
      document.querySelector('.token-table tbody tr.token-row .token-usage-cell')
        ? performance.now()
        : false,
    undefined,
    { polling: 'raf', timeout: 60_000 },
  )
  const firstUsageCountMs = ((await firstCount.jsonValue()) as number) - started
  await pause(1_000)
  const historyRequestsSettled = requests.history()
  const rowsInDom = await page.locator('.token-table tbody tr.token-row').count()
  // scroll to the end in steps of one screen, 50 ms apart (a fast wheel or a held key)
  const before = requests.history()
  await page.evaluate(async () => {
    const scroller = document.querySelector<HTMLElement>('.token-scroll')!
    while (scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 2) {
      scroller.scrollTop += scroller.clientHeight
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  })
  const historyRequestsWhileScrolling = requests.history() - before
  await pause(1_000)
  const historyRequestsAfterRestingAtEnd =
    requests.history() - before - historyRequestsWhileScrolling
  await page.close()
  return {
    requestsAtFirstRow,
    historyRequestsAtFirstRow,
    historyRequestsSettled,
    firstUsageCountMs,
    historyRequestsWhileScrolling,
    historyRequestsAfterRestingAtEnd,
    rowsInDom,
  }
}

/** (d): the review of all tokens, and how the page fares while it reads their histories. */
async function measureReview(
  context: import('@playwright/test').BrowserContext,
): Promise<ReviewCost> {
  const page = await context.newPage()
  const requests = countServerRequests(page)
  await page.addInitScript(() => {
    const w = window as unknown as { benchLongTasks: { start: number; duration: number }[] }
    w.benchLongTasks = []
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        w.benchLongTasks.push({ start: entry.startTime, duration: entry.duration })
    }).observe({ type: 'longtask', buffered: true })
  })
  await page.goto('/tokens/review', { waitUntil: 'commit' })
  const firstCard = await page.waitForFunction(
    () => (document.querySelector('.review-card') ? performance.now() : false),
    undefined,
    { polling: 'raf', timeout: 120_000 },
  )
  const firstCardMs = (await firstCard.jsonValue()) as number
  const done = await page.waitForFunction(
    () =>
      Array.from(document.querySelectorAll('[role="status"]')).some((el) =>
        el.textContent?.startsWith('Checked '),
      )
        ? performance.now()
        : false,
    undefined,
    { polling: 'raf', timeout: 600_000 },
  )
  const historiesReadMs = (await done.jsonValue()) as number
  const tasks = await page.evaluate(
    (from) =>
      (
        window as unknown as { benchLongTasks: { start: number; duration: number }[] }
      ).benchLongTasks.filter((task) => task.start >= from),
    firstCardMs,
  )
  const cardsInDom = await page.locator('.review-card').count()
  await page.close()
  return {
    firstCardMs,
    historiesReadMs,
    historyRequests: requests.history(),
    cardsInDom,
    longTasksWhileReading: tasks.length,
    longestTaskWhileReadingMs: Math.max(0, ...tasks.map((task) => task.duration)),
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? NaN
}

async function measureInteractive(page: import('@playwright/test').Page): Promise<number> {
  await page.goto('/tokens', { waitUntil: 'commit' })
  const handle = await page.waitForFunction(
    () => {
      const row = document.querySelector('.token-table tbody tr.token-row')
      const search = document.querySelector<HTMLInputElement>('input[type="search"]')
      return row && search && !search.disabled ? performance.now() : false
    },
    undefined,
    { polling: 'raf', timeout: 120_000 },
  )
  return (await handle.jsonValue()) as number
}

async function measureKeystroke(
  page: import('@playwright/test').Page,
  key: string,
  expectedShown: number,
  total: number,
): Promise<number> {
  const search = page.locator('input[type="search"]')
  await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('input[type="search"]')!
    input.addEventListener(
      'keydown',
      () => {
        ;(window as unknown as { benchStart: number }).benchStart = performance.now()
      },
      { once: true },
    )
  })
  await search.press(key)
  const handle = await page.waitForFunction(
    ({ shown, all, query }) => {
      const status = Array.from(document.querySelectorAll('[role="status"]')).find((el) =>
        el.textContent?.startsWith('Showing '),
      )
      if (status?.textContent !== `Showing ${shown} of ${all} tokens`) return false
      const names = Array.from(document.querySelectorAll('.token-table tbody tr.token-row th a'))
      if (shown > 0 && names.length === 0) return false
      if (!names.every((a) => a.textContent?.toLowerCase().includes(query))) return false
      return performance.now() - (window as unknown as { benchStart: number }).benchStart
    },
    { shown: expectedShown, all: total, query: (await search.inputValue()).toLowerCase() },
    { polling: 'raf', timeout: 60_000 },
  )
  return (await handle.jsonValue()) as number
}

// Build and serve the app (its own output folder and port, like the e2e runs).
console.log(`Building the app and serving it at ${stackConfig.app.previewOrigin} …`)
await build({ configFile: 'vite.config.ts', logLevel: 'warn' })
const server = await preview({ configFile: 'vite.config.ts', logLevel: 'warn' })

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs })
const results: Result[] = []
try {
  for (const n of sizes) {
    const context = await browser.newContext({ baseURL: stackConfig.app.previewOrigin })
    const started = Date.now()
    process.stdout.write(`N=${n}: creating tokens … `)
    const username = `test-bench-${n}-${Date.now().toString(36)}`
    const user = { username, password: testUserPassword, name: `Bench ${n}` }
    const created = await createMytokenViaApi(context, user, {
      name: 'bench parent',
      capabilities: ['AT', 'create_mytoken'],
    })
    if (!created.mytoken) throw new Error('no parent token')
    const parent = created.mytoken
    try {
      const names = await fillSubtokens(parent, n)
      const fillSeconds = (Date.now() - started) / 1000
      console.log(`${fillSeconds.toFixed(1)} s`)
      const page = await context.newPage()
      await signInThroughUi(page, user)
      const total = names.length + 1 // + the app's session
      const result: Result = {
        n,
        tokensInList: total,
        fillSeconds,
        interactiveMs: [],
        firstKeystrokeMs: [],
        secondKeystrokeMs: [],
        serverListMs: [],
      }
      const session = await sessionTokenOf(page)
      for (let run = 0; run < RUNS; run++) {
        const before = performance.now()
        // with the session's own name, which holds a random browser id (it may contain a 4)
        const listed = await listedTokenNames(session)
        result.serverListMs.push(performance.now() - before)
        result.interactiveMs.push(await measureInteractive(page))
        const count = (q: string) => listed.filter((name) => name.toLowerCase().includes(q)).length
        result.firstKeystrokeMs.push(await measureKeystroke(page, '4', count('4'), total))
        result.secondKeystrokeMs.push(await measureKeystroke(page, '2', count('42'), total))
      }
      result.usage = await measureUsageCost(context)
      if (process.env.BENCH_REVIEW) result.review = await measureReview(context)
      results.push(result)
    } finally {
      await revokeToken(parent, true)
      await context.close()
    }
  }
} finally {
  await browser.close()
  await server.close()
}

const fmt = (ms: number) => `${ms.toFixed(0)} ms`
console.log('')
console.log(
  '| N | tokens in list | fill (s) | list_mytokens from Node (median) | list interactive (median) | 1st keystroke → filtered (median) | 2nd keystroke (median) | runs |',
)
console.log('|---|---|---|---|---|---|---|---|')
for (const r of results) {
  console.log(
    `| ${r.n} | ${r.tokensInList} | ${r.fillSeconds.toFixed(1)} | ${fmt(median(r.serverListMs))} | ${fmt(median(r.interactiveMs))} | ${fmt(median(r.firstKeystrokeMs))} | ${fmt(median(r.secondKeystrokeMs))} | ${RUNS} |`,
  )
}
console.log('')
console.log(
  '| N | requests until first row | event_history then | 1 s later | first usage count shown | event_history while scrolling to the end | after resting there 1 s | rows in the DOM |',
)
console.log('|---|---|---|---|---|---|---|---|')
for (const r of results) {
  const u = r.usage
  if (!u) continue
  console.log(
    `| ${r.n} | ${u.requestsAtFirstRow} | ${u.historyRequestsAtFirstRow} | ${u.historyRequestsSettled} | ${fmt(u.firstUsageCountMs)} after the first row | ${u.historyRequestsWhileScrolling} | ${u.historyRequestsAfterRestingAtEnd} | ${u.rowsInDom} |`,
  )
}
if (results.some((r) => r.review)) {
  console.log('')
  console.log(
    '| N | review: first card | all histories read | event_history requests | long tasks while reading | longest | cards in the DOM |',
  )
  console.log('|---|---|---|---|---|---|---|')
  for (const r of results) {
    const v = r.review
    if (!v) continue
    console.log(
      `| ${r.n} | ${fmt(v.firstCardMs)} | ${fmt(v.historiesReadMs)} | ${v.historyRequests} | ${v.longTasksWhileReading} | ${fmt(v.longestTaskWhileReadingMs)} | ${v.cardsInDom} |`,
    )
  }
}
const out = path.join(stackConfig.projectRoot, 'bench-results', 'list.json')
await mkdir(path.dirname(out), { recursive: true })
await writeFile(
  out,
  JSON.stringify(
    {
      measuredAt: new Date().toISOString(),
      app: stackConfig.app.previewOrigin,
      server: stackConfig.mytoken.issuer,
      note: 'interactive = navigation start → first row visible and search enabled; keystroke = keydown → filtered rows and count shown (rAF polling); times from performance.now() in the page',
      results: results.map((r) => ({
        ...r,
        medianServerListMs: median(r.serverListMs),
        medianInteractiveMs: median(r.interactiveMs),
        medianFirstKeystrokeMs: median(r.firstKeystrokeMs),
        medianSecondKeystrokeMs: median(r.secondKeystrokeMs),
      })),
    },
    null,
    2,
  ),
)
console.log(`\nwritten to ${path.relative(process.cwd(), out)}`)
