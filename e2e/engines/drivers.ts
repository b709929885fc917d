// Firefox and WebKit, driven by their own automation protocols: Debian's Firefox ESR through
// puppeteer-core over WebDriver BiDi, WebKitGTK's MiniBrowser through WebKitWebDriver (classic
// WebDriver) with webdriverio, under an X server of its own (xvfb-run). Both sit behind one small
// interface, so that every journey is written once for both engines.
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import puppeteer, { type Browser as PuppeteerBrowser, type Page } from 'puppeteer-core'
import { remote } from 'webdriverio'
import { stackConfig } from '../../stack/config'

export type EngineName = 'firefox' | 'webkit'

/** An element, by CSS or XPath (XPath starts with `/` or `(`). */
export type Selector = string

/** One tab of an engine. */
export interface Tab {
  /** `path` on the app's origin, or an absolute URL; returns once the page has loaded */
  goto(path: string): Promise<void>
  url(): Promise<string>
  /** waits until `selector` is displayed (at most `timeoutMs`) */
  waitFor(selector: Selector, timeoutMs?: number): Promise<void>
  /** waits until an element matches `selector`, displayed or not */
  waitForExist(selector: Selector, timeoutMs?: number): Promise<void>
  /** waits until no element matches `selector` */
  waitForNone(selector: Selector, timeoutMs?: number): Promise<void>
  count(selector: Selector): Promise<number>
  /** a real click through the engine's input events (the engine scrolls the element into view) */
  click(selector: Selector): Promise<void>
  /** types `value` into an empty field */
  fill(selector: Selector, value: string): Promise<void>
  /** presses one key (WebDriver key names: 'Tab', 'Enter', 'Space') */
  press(key: 'Tab' | 'Enter' | 'Space'): Promise<void>
  /** waits until the function body `condition` returns a truthy value in the page */
  waitUntil(condition: string, timeoutMs?: number): Promise<void>
  /** runs a function body in the page; `args` is available as `args` */
  evaluate<T>(body: string, ...args: unknown[]): Promise<T>
  /** whether the accessibility tree holds an element of `role` named exactly `name` */
  hasAccessible(role: string, name: string): Promise<boolean>
  /** errors and warnings the page logged since the last call (WebKit: see consoleOf) */
  takeConsoleProblems(): Promise<string[]>
  /** a PNG of what the tab shows (attached to failed tests) */
  screenshot(): Promise<Uint8Array>
  close(): Promise<void>
}

/** A running engine: Firefox, or WebKitWebDriver with its X server. */
export interface Engine {
  readonly name: EngineName
  /** a browser session with nothing of earlier ones: no cookies, no storage, one tab */
  newSession(): Promise<EngineSession>
  stop(): Promise<void>
}

export interface EngineSession {
  readonly engine: EngineName
  readonly tab: Tab
  /** runs `action` (a click that opens a tab) and returns the tab it opened */
  openedBy(action: () => Promise<void>): Promise<Tab>
  end(): Promise<void>
}

export function appUrl(path: string): string {
  return /^[a-z]+:/.test(path) ? path : new URL(path, stackConfig.app.previewOrigin).href
}

/** XPath of a button whose text or `aria-label` is `name` (`prefix`: starts with it). */
export function button(name: string, { prefix = false, within = '' } = {}): Selector {
  const text = xpathString(name)
  return prefix
    ? `${within}//button[starts-with(normalize-space(.), ${text})]`
    : `${within}//button[normalize-space(.)=${text} or @aria-label=${text}]`
}

export function link(name: string): Selector {
  return `//a[normalize-space(.)=${xpathString(name)}]`
}

/**
 * The form control that a `<label>` names: by `for`, or nested in a label whose text, or the text
 * of one of its parts (a choice's title beside its hint), is `label`.
 */
export function labelled(label: string): Selector {
  const text = xpathString(label)
  return `(//*[@id=//label[normalize-space(.)=${text}]/@for] | //label[normalize-space(.)=${text} or .//*[normalize-space(.)=${text}]]//input)`
}

/** Any element whose own text contains `text`. */
export function withText(text: string): Selector {
  return `//*[text()[contains(normalize-space(.), ${xpathString(text)})]]`
}

function xpathString(value: string): string {
  if (!value.includes('"')) return `"${value}"`
  return `concat(${value
    .split('"')
    .map((part) => `"${part}"`)
    .join(`, '"', `)})`
}

function isXPath(selector: Selector): boolean {
  return selector.startsWith('/') || selector.startsWith('(')
}

const defaultTimeout = 20_000

// ---------------------------------------------------------------------------------------------
// Firefox ESR over WebDriver BiDi (puppeteer-core)

const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'

export async function startFirefox(): Promise<Engine> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: firefoxPath,
    headless: true,
    // puppeteer's own preferences allow pop-ups; a user's Firefox blocks those not opened by a click
    extraPrefsFirefox: { 'dom.disable_open_during_load': true, 'intl.accept_languages': 'en' },
  })
  return {
    name: 'firefox',
    newSession: () => firefoxSession(browser),
    stop: () => browser.close(),
  }
}

async function firefoxSession(browser: PuppeteerBrowser): Promise<EngineSession> {
  const context = await browser.createBrowserContext()
  const page = await context.newPage()
  return {
    engine: 'firefox',
    tab: firefoxTab(page),
    async openedBy(action) {
      const opened = new Promise<Page>((resolve, reject) => {
        context.once('targetcreated', (target: { page(): Promise<Page | null> }) => {
          void target.page().then((tab) => (tab ? resolve(tab) : reject(new Error('no page'))))
        })
      })
      await action()
      return firefoxTab(await withTimeout(opened, defaultTimeout, 'no tab was opened'))
    },
    end: () => context.close(),
  }
}

function firefoxTab(page: Page): Tab {
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') {
      problems.push(`${message.type()}: ${message.text()}`)
    }
  })
  page.on('pageerror', (error) => problems.push(`pageerror: ${String(error)}`))
  const query = (selector: Selector) => (isXPath(selector) ? `::-p-xpath(${selector})` : selector)
  return {
    async goto(path) {
      await page.goto(appUrl(path), { waitUntil: 'load' })
    },
    url: async () => page.url(),
    async waitFor(selector, timeout = defaultTimeout) {
      await page.waitForSelector(query(selector), { visible: true, timeout })
    },
    async waitForExist(selector, timeout = defaultTimeout) {
      await page.waitForSelector(query(selector), { timeout })
    },
    async waitForNone(selector, timeout = defaultTimeout) {
      await page.waitForSelector(query(selector), { hidden: true, timeout })
    },
    count: async (selector) => (await page.$$(query(selector))).length,
    async click(selector) {
      await page.locator(query(selector)).setTimeout(defaultTimeout).click()
    },
    async fill(selector, value) {
      // typed key by key: puppeteer's fill() sets long values through the DOM, which React's
      // value tracking does not take as the user's input
      await page.locator(query(selector)).setTimeout(defaultTimeout).click()
      await page.keyboard.type(value)
    },
    async press(key) {
      await page.keyboard.press(key === 'Space' ? ' ' : key)
    },
    async waitUntil(condition, timeout = defaultTimeout) {
      await page.waitForFunction(`(function () { ${condition} })()`, { timeout, polling: 100 })
    },
    evaluate: <T>(body: string, ...args: unknown[]) =>
      page.evaluate(
        (source: string, values: unknown[]) => new Function('args', source)(values) as T,
        body,
        args,
      ) as Promise<T>,
    async hasAccessible(role, name) {
      // the BiDi "accessibility" locator: Firefox's own accessibility tree, as screen readers see it
      const found = await page.$$(`::-p-aria([name=${JSON.stringify(name)}][role="${role}"])`)
      return found.length > 0
    },
    takeConsoleProblems: async () => problems.splice(0),
    screenshot: () => page.screenshot(),
    close: () => page.close(),
  }
}

// ---------------------------------------------------------------------------------------------
// WebKitGTK's MiniBrowser through WebKitWebDriver (webdriverio), in a virtual X server

const miniBrowser =
  process.env.WEBKIT_MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser'

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

async function waitForDriver(port: number, driver: ChildProcess, output: () => string) {
  const deadline = Date.now() + 30_000
  for (;;) {
    if (driver.exitCode !== null) {
      throw new Error(`WebKitWebDriver exited with ${driver.exitCode}:\n${output()}`)
    }
    const ready = await fetch(`http://127.0.0.1:${port}/status`)
      .then((response) => response.ok)
      .catch(() => false)
    if (ready) return
    if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not answer:\n${output()}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** Ends the driver's process group: xvfb-run, its X server, the driver and the browser. */
function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return Promise.resolve()
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  process.kill(-child.pid, 'SIGTERM')
  return exited
}

export async function startWebKit(): Promise<Engine> {
  const port = await freePort()
  // its own process group, so that the X server and the browsers end with it
  const driver = spawn(
    'xvfb-run',
    ['--auto-servernum', 'WebKitWebDriver', `--port=${port}`, '--host=127.0.0.1'],
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let output = ''
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000)
  }
  driver.stdout.on('data', keep)
  driver.stderr.on('data', keep)
  try {
    await waitForDriver(port, driver, () => output)
  } catch (error) {
    await stopGroup(driver)
    throw error
  }
  return {
    name: 'webkit',
    async newSession() {
      const browser = await remote({
        hostname: '127.0.0.1',
        port,
        path: '/',
        logLevel: 'error',
        connectionRetryCount: 0,
        capabilities: {
          // WebKitWebDriver speaks classic WebDriver only
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
        } as WebdriverIO.Capabilities,
      })
      await browser.setWindowSize(1280, 900)
      return webKitSession(browser)
    },
    stop: () => stopGroup(driver),
  }
}

type WdioBrowser = Awaited<ReturnType<typeof remote>>

async function webKitSession(browser: WdioBrowser): Promise<EngineSession> {
  let current = ''
  const select = async (handle: string) => {
    if (current === handle) return
    await browser.switchToWindow(handle)
    current = handle
  }
  const tabOf = async (handle: string): Promise<Tab> => {
    await select(handle)
    return webKitTab(
      browser,
      () => select(handle),
      async () => {
        await select(handle)
        await browser.closeWindow()
        current = ''
      },
    )
  }
  const tab = await tabOf(await browser.getWindowHandle())
  return {
    engine: 'webkit',
    tab,
    async openedBy(action) {
      const before = await browser.getWindowHandles()
      await action()
      const deadline = Date.now() + defaultTimeout
      for (;;) {
        const opened = (await browser.getWindowHandles()).find((h) => !before.includes(h))
        if (opened) return tabOf(opened)
        if (Date.now() > deadline) throw new Error('no tab was opened')
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    },
    end: () => browser.deleteSession(),
  }
}

// WebKitWebDriver has no console access (no BiDi): the page's errors and warnings are caught by
// wrapping `console` and listening for uncaught errors, installed as soon as a page has loaded.
const consoleHook = `
  if (window.__engineProblems) return
  const problems = (window.__engineProblems = [])
  for (const level of ['error', 'warn']) {
    const original = console[level].bind(console)
    console[level] = (...values) => {
      problems.push(level + ': ' + values.map(String).join(' '))
      original(...values)
    }
  }
  addEventListener('error', (event) => problems.push('pageerror: ' + event.message))
  addEventListener('unhandledrejection', (event) => problems.push('pageerror: ' + String(event.reason)))
`

/** Where to look for an element of a role (WebDriver can ask an element for its role, not find one by it). */
const elementsOfRole: Record<string, string> = {
  button: 'button, [role="button"]',
  checkbox: 'input[type="checkbox"]',
  radio: 'input[type="radio"]',
  textbox: 'input:not([type]), input[type="text"], textarea',
  group: 'fieldset, [role="group"]',
  link: 'a',
}

/** Marks the elements matching `selector` whose label, legend or text in the DOM holds `name`. */
function markCandidates(selector: string, name: string) {
  for (const element of Array.from(document.querySelectorAll('[data-engine-candidate]'))) {
    element.removeAttribute('data-engine-candidate')
  }
  for (const element of Array.from(document.querySelectorAll(selector))) {
    const labels = Array.from((element as HTMLInputElement).labels ?? [])
    const texts = [
      element.getAttribute('aria-label') ?? '',
      ...labels.map((label) => label.textContent ?? ''),
      (element.tagName === 'FIELDSET' ? element.querySelector('legend') : element)?.textContent ??
        '',
    ]
    if (texts.some((text) => text.includes(name))) element.setAttribute('data-engine-candidate', '')
  }
}

function webKitTab(
  browser: WdioBrowser,
  select: () => Promise<void>,
  close: () => Promise<void>,
): Tab {
  const problems: string[] = []
  const collect = async () => {
    const seen = (await browser.execute(
      'return (window.__engineProblems || []).splice(0)',
    )) as string[]
    problems.push(...seen)
  }
  return {
    async goto(path) {
      await select()
      await collect().catch(() => undefined)
      await browser.url(appUrl(path))
      await browser.execute(consoleHook)
    },
    async url() {
      await select()
      return browser.getUrl()
    },
    async waitFor(selector, timeout = defaultTimeout) {
      await select()
      await browser.$(selector).waitForDisplayed({ timeout })
    },
    async waitForExist(selector, timeout = defaultTimeout) {
      await select()
      await browser.$(selector).waitForExist({ timeout })
    },
    async waitForNone(selector, timeout = defaultTimeout) {
      await select()
      await browser.$(selector).waitForExist({ timeout, reverse: true })
    },
    async count(selector) {
      await select()
      return (await browser.$$(selector).getElements()).length
    },
    async click(selector) {
      await select()
      const element = browser.$(selector)
      await element.waitForDisplayed({ timeout: defaultTimeout })
      await element.click()
    },
    async fill(selector, value) {
      await select()
      const element = browser.$(selector)
      await element.waitForDisplayed({ timeout: defaultTimeout })
      await element.setValue(value)
    },
    async press(key) {
      await select()
      await browser.keys(key === 'Space' ? ' ' : key)
    },
    async waitUntil(condition, timeout = defaultTimeout) {
      await select()
      await browser.waitUntil(
        async () => Boolean(await browser.execute(`return (function () { ${condition} })()`)),
        { timeout, interval: 100, timeoutMsg: `still false after ${timeout} ms: ${condition}` },
      )
    },
    async evaluate<T>(body: string, ...args: unknown[]) {
      await select()
      return (await browser.execute(
        `return (function (args) { ${body} })(arguments[0])`,
        args,
      )) as T
    },
    async hasAccessible(role, name) {
      await select()
      // WebDriver's "computed role" and "computed label" come from WebKit's accessibility tree
      // (asked only of the elements whose markup mentions the name: two requests per element)
      await browser.execute(markCandidates, elementsOfRole[role] ?? '*', name)
      for (const element of await browser.$$('[data-engine-candidate]').getElements()) {
        if ((await element.getComputedLabel()) !== name) continue
        if ((await element.getComputedRole()) === role) return true
      }
      return false
    },
    async takeConsoleProblems() {
      await select()
      await collect()
      return problems.splice(0)
    },
    async screenshot() {
      await select()
      return Buffer.from(await browser.takeScreenshot(), 'base64')
    },
    close,
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(message)), ms).unref()),
  ])
}

export function startEngine(name: EngineName): Promise<Engine> {
  return name === 'firefox' ? startFirefox() : startWebKit()
}
