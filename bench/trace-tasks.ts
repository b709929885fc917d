// `npx tsx bench/trace-tasks.ts`: what the long main-thread tasks of the signed-in pages are.
// Builds the app (unminified unless TRACE_MINIFY=1, so that functions keep their names), serves
// it, signs in a user with 100 tokens, loads each page under 4x CPU throttling with a Chromium
// performance trace, and prints every task over 50 ms with what ran in it (trace events and the
// functions the sampling profiler saw most). Real (throttled) milliseconds, not Lighthouse's
// simulated ones.
import { writeFileSync } from 'node:fs'
import { chromium, type Browser } from '@playwright/test'
import { build, preview } from 'vite'
import { createMytokenViaApi, signInThroughUi } from '../e2e/fixtures.ts'
import { chromiumArgs } from '../playwright.config.ts'
import { SESSION_STORAGE_KEY } from '../src/lib/mytoken/browser-state/stored-session.ts'
import { stackConfig, testUserPassword } from '../stack/config.ts'
import { startStack } from '../stack/stack.ts'
import { fillSubtokens } from './fill-tokens.ts'

const app = stackConfig.app.previewOrigin
const pages = (process.env.TRACE_PAGES ?? '/create,/tokens').split(',')
const waitMs = Number(process.env.TRACE_WAIT_MS ?? 8000)
/** TRACE_CPU=1: unthrottled, as Lighthouse observes (it then multiplies by 4): tasks over 12.5 ms */
const cpuRate = Number(process.env.TRACE_CPU ?? 4)
const longTaskUs = Number(process.env.TRACE_LONG_MS ?? 12.5 * cpuRate) * 1000

type SessionEntries = [string, string][]

/**
 * What a tab holds in sessionStorage after signing in (the session, the name in the header). Made
 * anew on every run: the stack starts with a fresh database, where an older session is unknown.
 */
async function signedInSession(browser: Browser): Promise<SessionEntries> {
  const context = await browser.newContext({ baseURL: app })
  const user = {
    username: `test-trace-${Date.now().toString(36)}`,
    password: testUserPassword,
    name: 'Trace tasks',
  }
  const parent = await createMytokenViaApi(context, user, {
    name: 'trace parent',
    capabilities: ['AT', 'create_mytoken'],
  })
  await fillSubtokens(parent.mytoken!, 100)
  const page = await context.newPage()
  await signInThroughUi(page, user)
  await page.getByRole('link', { name: /^Signed in as / }).waitFor()
  const session = await page.evaluate(() => Object.entries(sessionStorage))
  await context.close()
  if (!session.some(([key]) => key === SESSION_STORAGE_KEY)) throw new Error('no session')
  return session
}

interface TraceEvent {
  name: string
  ph: string
  ts: number
  dur?: number
  pid: number
  tid: number
  id?: string
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- trace event arguments vary by event
  args?: Record<string, any>
}
interface ProfileNode {
  id: number
  parent?: number
  callFrame: { functionName: string; url: string; lineNumber: number }
}

function analyse(events: TraceEvent[]) {
  const mainThreads = new Map<string, string>()
  for (const e of events)
    if (e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      mainThreads.set(`${e.pid}:${e.tid}`, `renderer ${e.pid}`)
  // samples per thread: [timestamp, node id]
  const nodes = new Map<string, Map<number, ProfileNode>>()
  const samples = new Map<string, [number, number][]>()
  const profileThread = new Map<string, { key: string; time: number }>()
  for (const e of events) {
    if (e.name === 'Profile')
      profileThread.set(e.id!, { key: `${e.pid}:${e.tid}`, time: e.args!.data.startTime })
  }
  for (const e of events) {
    if (e.name !== 'ProfileChunk') continue
    const p = profileThread.get(e.id!)
    if (!p) continue
    const cpu = e.args!.data.cpuProfile ?? {}
    const threadNodes = nodes.get(p.key) ?? new Map()
    nodes.set(p.key, threadNodes)
    for (const n of (cpu.nodes ?? []) as ProfileNode[]) threadNodes.set(n.id, n)
    const list = samples.get(p.key) ?? []
    samples.set(p.key, list)
    const deltas: number[] = e.args!.data.timeDeltas ?? []
    ;((cpu.samples ?? []) as number[]).forEach((id, i) => {
      p.time += deltas[i] ?? 0
      list.push([p.time, id])
    })
  }
  const navStart = events.find(
    (e) => e.name === 'navigationStart' && mainThreads.has(`${e.pid}:${e.tid}`),
  )?.ts
  const t0 = navStart ?? Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts))
  const ms = (us: number) => Math.round(us / 1000)
  let blocking = 0
  for (const [key, label] of mainThreads) {
    const [pid, tid] = key.split(':').map(Number)
    const own = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X')
    const tasks = own.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > longTaskUs)
    if (!tasks.length) continue
    console.log(`  ${label}: ${tasks.length} long tasks`)
    for (const task of tasks) {
      const end = task.ts + task.dur!
      blocking += task.dur! - longTaskUs
      const inside = own.filter(
        (e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end && (e.dur ?? 0) > 3000,
      )
      const describe = (e: TraceEvent) => {
        const d = e.args?.data ?? e.args?.beginData ?? {}
        const what = d.url
          ? String(d.url).split('/').pop()
          : d.functionName || d.type || d.timerId || d.stackTrace?.[0]?.functionName || ''
        return `${e.name}${what ? `(${what})` : ''} ${ms(e.dur!)}`
      }
      const top = inside
        .filter((e) => ['RunTask', 'ThreadControllerImpl::RunTask'].indexOf(e.name) < 0)
        .sort((a, b) => b.dur! - a.dur!)
        .slice(0, 6)
        .map(describe)
      console.log(`    @${ms(task.ts - t0)} ${ms(task.dur!)} ms: ${top.join(', ')}`)
      // what the profiler saw: self time by function, and inclusive time by component-like name
      const threadNodes = nodes.get(key)
      const s = (samples.get(key) ?? []).filter(([t]) => t >= task.ts && t <= end)
      if (!threadNodes || !s.length) continue
      const self = new Map<string, number>()
      const incl = new Map<string, number>()
      for (let i = 0; i < s.length; i++) {
        const dt = (s[i + 1]?.[0] ?? end) - s[i]![0]
        let node = threadNodes.get(s[i]![1])
        const leaf = node?.callFrame
        const leafName = leaf
          ? `${leaf.functionName || '(anon)'}@${(leaf.url ?? '').split('/').pop()}:${leaf.lineNumber}`
          : '?'
        self.set(leafName, (self.get(leafName) ?? 0) + dt)
        const seen = new Set<string>()
        while (node) {
          const f = node.callFrame.functionName
          if (/^[A-Z][A-Za-z0-9]+$/.test(f) && !seen.has(f)) {
            seen.add(f)
            incl.set(f, (incl.get(f) ?? 0) + dt)
          }
          node = node.parent !== undefined ? threadNodes.get(node.parent) : undefined
        }
      }
      const fmt = (m: Map<string, number>, n: number) =>
        [...m]
          .sort((a, b) => b[1] - a[1])
          .slice(0, n)
          .map(([k, v]) => `${k} ${ms(v)}`)
          .join(', ')
      console.log(`      self: ${fmt(self, 8)}`)
      console.log(`      components: ${fmt(incl, 10)}`)
    }
  }
  console.log(
    `  sum over ${longTaskUs / 1000} ms (real, CPU ${cpuRate}x slower): ${ms(blocking)} ms`,
  )
}

const stack = await startStack({ handleSignals: false })
process.env.MYTOKEN_WEB_CONFIG = 'local-stack'
const minify = process.env.TRACE_MINIFY === '1'
await build({
  configFile: 'vite.config.ts',
  logLevel: 'warn',
  build: { minify, sourcemap: false },
})
const server = await preview({ configFile: 'vite.config.ts', logLevel: 'warn' })
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs })
try {
  const session = await signedInSession(browser)
  for (const url of pages) {
    for (let run = 0; run < Number(process.env.TRACE_RUNS ?? 1); run++) {
      // Lighthouse's mobile screen
      const context = await browser.newContext({
        baseURL: app,
        viewport: { width: 412, height: 823 },
        deviceScaleFactor: 1.75,
        isMobile: true,
        hasTouch: true,
      })
      const page = await context.newPage()
      await page.goto('/config.json')
      await page.evaluate((entries) => {
        for (const [key, value] of entries) sessionStorage.setItem(key, value)
      }, session)
      const cdp = await context.newCDPSession(page)
      await cdp.send('Network.clearBrowserCache')
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate })
      await browser.startTracing(page, {
        categories: [
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'disabled-by-default-devtools.timeline.frame',
          'v8.execute',
          'disabled-by-default-v8.cpu_profiler',
          'blink.user_timing',
          'loading',
          '__metadata',
        ],
      })
      await page.goto(url)
      await page.waitForTimeout(waitMs)
      const buffer = await browser.stopTracing()
      const trace = JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] }
      if (process.env.TRACE_SAVE)
        writeFileSync(`${process.env.TRACE_SAVE}${url.replace(/\W/g, '_')}.json`, buffer)
      console.log(
        `▸ ${url} (run ${run + 1}; header: ${await page
          .locator('.user-name')
          .textContent()
          .catch(() => '?')})`,
      )
      analyse(trace.traceEvents)
      if (process.env.TRACE_DOM === '1')
        console.log(
          // a string: the bundler's helpers do not exist in the page
          await page.evaluate(`(() => {
            const count = (el) => el.querySelectorAll('*').length + 1
            const form = document.querySelector('form') ?? document.querySelector('main')
            return ['elements: ' + document.querySelectorAll('*').length,
              ...[...form.children].map((c) => c.tagName + '.' + c.className + ' ' + count(c))].join('\\n    ')
          })()`),
        )
      await context.close()
    }
  }
} finally {
  await browser.close()
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()))
  await stack.stop()
}
process.exit(0)
