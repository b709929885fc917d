// `npm run bench:consent` — from the click on "Allow" at the provider to the new token on the
// create page, against the real local stack (started if it is not running), with the app built
// and served by this script. Three ways a user goes on after "Allow" (5 runs each, BENCH_RUNS):
//   returns  — the server's success page shows, the user closes that tab and is back in the app
//   stays    — the consent tab stays in front; the app's tab stays hidden
//   in view  — the app's tab is never hidden (e.g. the consent page in a window beside it)
// Headless Chromium reports every tab as visible, so the app page's visibility is simulated (the
// same `visibilitychange` / `focus` events a browser sends when the user switches tabs); the
// consent tab and its closing are real. Times are Date.now() in the pages (same clock).
import os from 'node:os'
import type { Page } from '@playwright/test'

// a port of its own (next to this slot's preview port), so the e2e tests can run meanwhile
process.env.APP_PREVIEW_PORT ??= String(4183 + Number(process.env.STACK_SLOT ?? 0))
process.env.MYTOKEN_WEB_CONFIG ??= 'local-stack'

const { chromium } = await import('@playwright/test')
const { build, preview } = await import('vite')
const { stackConfig, testUserPassword } = await import('../stack/config.ts')
const { startStack } = await import('../stack/stack.ts')
const { chromiumArgs } = await import('../playwright.config.ts')
const { approveInConsentTab, signInThroughUi } = await import('../e2e/fixtures.ts')

type Scenario = 'returns' | 'stays' | 'in view'
const scenarios: Scenario[] = ['returns', 'stays', 'in view']
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const READY = 'Your mytoken is ready — store it now'

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? NaN
}

/** Lets the benchmark hide and show the app's tab the way switching tabs does (a string: tsx's
 * transpiled functions do not survive serialisation into the page). */
const controllableVisibility = `
  let state = 'visible'
  Object.defineProperty(Document.prototype, 'visibilityState', { get: () => state })
  Object.defineProperty(Document.prototype, 'hidden', { get: () => state === 'hidden' })
  window.benchShow = (next) => {
    state = next
    document.dispatchEvent(new Event('visibilitychange'))
    window.dispatchEvent(new Event(next === 'visible' ? 'focus' : 'blur'))
  }
`

async function show(page: Page, state: DocumentVisibilityState) {
  await page.evaluate((next) => {
    ;(window as unknown as { benchShow: (s: string) => void }).benchShow(next)
  }, state)
}

/** Records in the app page when the new token appears. */
async function watchForToken(page: Page) {
  await page.evaluate((text) => {
    const target = window as unknown as { tokenShownAt?: number }
    target.tokenShownAt = undefined
    new MutationObserver((_, observer) => {
      if (document.body.textContent?.includes(text)) {
        target.tokenShownAt = Date.now()
        observer.disconnect()
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true })
  }, READY)
}

async function oneRun(
  page: Page,
  scenario: Scenario,
  user: { username: string; password: string; name: string },
) {
  await page.goto('/create')
  await page.getByLabel('TOAR / data access script').check()
  const tabPromise = page.context().waitForEvent('page')
  await page.getByRole('button', { name: 'Create token' }).click()
  const consentTab = await tabPromise
  if (scenario !== 'in view') await show(page, 'hidden')
  let allowedAt = NaN
  await approveInConsentTab(consentTab, user, {
    beforeDecision: async () => {
      await watchForToken(page)
      allowedAt = Date.now()
    },
  })
  let returnedAt: number | undefined
  if (scenario === 'returns') {
    await consentTab
      .getByText(/success/i)
      .first()
      .waitFor()
    returnedAt = Date.now()
    await consentTab.close()
    await show(page, 'visible')
  }
  await page.getByText(READY).waitFor({ timeout: 60_000 })
  const shownAt = await page.evaluate(
    () => (window as unknown as { tokenShownAt: number }).tokenShownAt,
  )
  if (!consentTab.isClosed()) await consentTab.close()
  if (scenario !== 'in view') await show(page, 'visible')
  return {
    ms: shownAt - allowedAt,
    returnedMs: returnedAt === undefined ? undefined : returnedAt - allowedAt,
  }
}

const stack = await startStack({ handleSignals: false })
console.log(`Building the app and serving it at ${stackConfig.app.previewOrigin} …`)
await build({ configFile: 'vite.config.ts', logLevel: 'warn' })
const server = await preview({ configFile: 'vite.config.ts', logLevel: 'warn' })
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs })
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')
const loadBefore = load()
const results: Record<Scenario, { ms: number[]; returnedMs: number[] }> = {
  returns: { ms: [], returnedMs: [] },
  stays: { ms: [], returnedMs: [] },
  'in view': { ms: [], returnedMs: [] },
}
try {
  const context = await browser.newContext({ baseURL: stackConfig.app.previewOrigin })
  await context.addInitScript({ content: controllableVisibility })
  const user = {
    username: `test-bench-consent-${Date.now().toString(36)}`,
    password: testUserPassword,
    name: 'Bench consent',
  }
  const page = await context.newPage()
  await signInThroughUi(page, user)
  for (let run = 0; run < RUNS; run++) {
    for (const scenario of scenarios) {
      const { ms, returnedMs } = await oneRun(page, scenario, user)
      results[scenario].ms.push(ms)
      if (returnedMs !== undefined) results[scenario].returnedMs.push(returnedMs)
      console.log(
        `run ${run + 1}, ${scenario}: ${ms} ms${returnedMs === undefined ? '' : ` (back in the app after ${returnedMs} ms)`}`,
      )
    }
  }
} finally {
  await browser.close()
  await server.close()
  await stack.stop()
}

console.log(
  `\n"Allow" at the provider → token visible in the app, ${RUNS} runs; load average before ${loadBefore}, after ${load()} on ${os.cpus().length} cores\n`,
)
console.log('| user after "Allow" | median | min | max | all runs (ms) |')
console.log('|---|---|---|---|---|')
// returning, the user sees the token when it is there and they are back, whichever is later
const seen = results.returns.ms.map((ms, i) => Math.max(ms, results.returns.returnedMs[i] ?? ms))
for (const scenario of scenarios) {
  const { ms } = results[scenario]
  console.log(
    `| ${scenario} | ${median(ms)} ms | ${Math.min(...ms)} ms | ${Math.max(...ms)} ms | ${ms.join(', ')} |`,
  )
}
console.log(
  `\nreturns: back in the app after ${results.returns.returnedMs.join(', ')} ms (the server's success page showing); token seen after ${seen.join(', ')} ms, median ${median(seen)} ms`,
)
process.exit(0)
