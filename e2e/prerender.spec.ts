// The prerendered pages: each registered route's HTML (src/app/prerendered-routes.ts) already
// shows its page (header, heading, text) in every language; the app hydrates the one in the
// user's language without a warning or a layout shift; a page that is not this path's (the
// fallback index.html) is never shown; config.json and discovery do not wait for each other or
// for the JavaScript.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { ConsoleMessage, Page } from '@playwright/test'
import { prerenderedRoutes } from '../src/app/prerendered-routes'
import {
  APP_SCRIPTS_META,
  APP_STARTED_ATTRIBUTE,
  SESSION_HINT_ATTRIBUTE,
  SHELL_LANGUAGE_ATTRIBUTE,
} from '../src/boot/attributes'
import { LANGUAGE_KEY } from '../src/lib/i18n/detect-language'
import { stackConfig } from '../stack/config'
import { cspNonce, expect, test } from './fixtures'
import { countRequests, requestsSettled } from './requests-settled'

const otherPaths = ['/tokens/bm90LWEtdG9rZW4%3D', '/no-such-page']

/** Holds back the app's JavaScript until the returned function is called. */
async function holdAppScript(page: Page): Promise<() => void> {
  let release!: () => void
  const released = new Promise<void>((resolve) => (release = resolve))
  await page.route(/\/assets\/main-[^/]*\.js$/, async (route) => {
    await released
    await route.continue()
  })
  return release
}

/**
 * Layout shifts since the page started (the Layout Instability API, as Lighthouse's CLS), and
 * those of the next `watchMs`.
 */
function layoutShifts(page: Page, watchMs = 300): Promise<string[]> {
  return page.evaluate((watchMs) => {
    const shifts: string[] = []
    const record = (list: PerformanceObserverEntryList) => {
      for (const entry of list.getEntries() as unknown as {
        value: number
        sources: { node?: Node; previousRect: DOMRect; currentRect: DOMRect }[]
      }[]) {
        const moved = entry.sources.map(
          (source) =>
            // the element's own tag only: its content is read now, after the shift, and may
            // have changed since (the app puts the user menu into the session cell)
            `${(source.node?.cloneNode(false) as Element | undefined)?.outerHTML ?? source.node?.textContent?.slice(0, 80)} ` +
            `(${source.previousRect.x},${source.previousRect.y} ${source.previousRect.width}×${source.previousRect.height} → ` +
            `${source.currentRect.x},${source.currentRect.y} ${source.currentRect.width}×${source.currentRect.height})`,
        )
        shifts.push(`${entry.value.toFixed(6)}: ${moved.join('; ')}`)
      }
    }
    const observer = new PerformanceObserver(record)
    observer.observe({ type: 'layout-shift', buffered: true })
    return new Promise<string[]>((resolve) =>
      setTimeout(() => {
        // the buffered entries not delivered yet (with watchMs 0, all of them)
        record({ getEntries: () => observer.takeRecords() } as PerformanceObserverEntryList)
        observer.disconnect()
        resolve(shifts)
      }, watchMs),
    )
  }, watchMs)
}

/** Visits every route; fails on any console warning or error (hydration ones included). */
async function visitEveryRoute(page: Page, label: string) {
  const problems: string[] = []
  const collect = (message: ConsoleMessage) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`${message.type()}: ${message.text()}`)
    }
  }
  page.on('console', collect)
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
  const requests = countRequests(page)
  for (const path of [...prerenderedRoutes, ...otherPaths]) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await requestsSettled(page, requests)
    await expect(page.locator('.shell-pending')).toHaveCount(0)
    expect(await layoutShifts(page, 0), `layout shifts on ${path} (${label})`).toEqual([])
    expect(problems, `console on ${path} (${label})`).toEqual([])
  }
  page.off('console', collect)
}

const languageNames = { en: 'English', de: 'Deutsch' } as const

/**
 * The heading the app itself renders (hydrated) on each of `paths`, in English and in German:
 * one load per path, the other language chosen there in the app's own select.
 */
async function renderedHeadings(
  page: Page,
  paths: readonly string[],
): Promise<Record<'en' | 'de', Map<string, string>>> {
  const headings = { en: new Map<string, string>(), de: new Map<string, string>() }
  const languageSelect = { en: page.getByLabel('Language'), de: page.getByLabel('Sprache') }
  const other = { en: 'de', de: 'en' } as const
  await page.goto('/no-such-page')
  await page.evaluate((key) => localStorage.setItem(key, 'en'), LANGUAGE_KEY)
  let first: 'en' | 'de' = 'en'
  for (const path of paths) {
    await page.goto(path)
    await expect(page.locator('html')).toHaveAttribute('data-app-started', '')
    // the language chosen on the previous path is kept: that one first, then the other
    const order: ('en' | 'de')[] = [first, other[first]]
    for (const language of order) {
      if (language !== first) await languageSelect[first].selectOption(languageNames[language])
      // the select's label is rendered with the rest of the page, in the language it shows
      await expect(languageSelect[language]).toHaveValue(language)
      const heading = await page.getByRole('heading', { level: 1 }).textContent()
      headings[language].set(path, heading ?? '')
    }
    first = other[first]
  }
  return headings
}

test('the built HTML of each registered route contains its heading in every language', async ({
  page,
  request,
}) => {
  expect(prerenderedRoutes.length).toBeGreaterThan(5)
  const headings = await renderedHeadings(page, prerenderedRoutes)
  for (const path of prerenderedRoutes) {
    const response = await request.get(path)
    const html = await response.text()
    expect(html, path).toContain(`data-prerendered-route="${path}"`)
    for (const language of ['en', 'de'] as const) {
      const heading = headings[language].get(path)
      expect(heading, `${path} (${language})`).toBeTruthy()
      const shell = html.split(`data-shell-language="${language}"`)[1] ?? ''
      expect(shell, `${path} (${language}): heading in the HTML`).toContain(`<h1>${heading}</h1>`)
    }
    expect(html).toContain(`<title>${headings.en.get(path)} · mytoken-web</title>`)
    // nothing but the page itself before the first paint: its styles and the boot script are
    // inline, each with this response's CSP nonce
    const nonce = cspNonce(response.headers()['content-security-policy'] ?? '')
    expect(html.match(/<script[^>]*>/g), path).toEqual([`<script nonce="${nonce}">`])
    expect(html.match(/<style[^>]*>/g), path).toEqual([`<style nonce="${nonce}">`])
    expect(html, path).not.toContain('rel="stylesheet"')
    // the CSP refuses style attributes in markup (React sets styles through the DOM)
    expect(html, path).not.toMatch(/\sstyle="/)
    expect(html).not.toContain('Local mytoken server')
  }
  expect(await (await request.get('/create/')).text()).toContain('<h1>Create a mytoken</h1>')
  for (const path of otherPaths) {
    expect(await (await request.get(path)).text()).toContain('data-prerendered-route="/"')
  }
})

test('every route hydrates without a console warning or a layout shift, signed out', async ({
  page,
}) => {
  await visitEveryRoute(page, 'signed out')
})

test('every route hydrates without a console warning or a layout shift, signed in', async ({
  signedInPage: page,
}) => {
  // where a sign-in leaves the tab: at home, signed in
  await page.goto('/')
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()
  await visitEveryRoute(page, 'signed in')
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()
})

/** Where each element of the shown shell's header row is, in document order. */
function headerBoxes(page: Page, language: string) {
  return page.evaluate(
    ([attribute, language]) =>
      Array.from(
        document.querySelectorAll(
          `[${attribute}="${language}"] .header-top, [${attribute}="${language}"] .header-top *`,
        ),
        (element) => {
          const box = element.getBoundingClientRect()
          const shown =
            box.width > 0 && box.height > 0 && element.checkVisibility({ visibilityProperty: true })
          return { html: element.outerHTML.slice(0, 60), x: box.x, y: box.y, shown }
        },
      ),
    [SHELL_LANGUAGE_ATTRIBUTE, language] as const,
  )
}

/**
 * The header elements of `html` (a page without its scripts) that, painted with only part of the
 * header's HTML arrived, are not where the whole page has them: the page is rendered cut after
 * each tag of its header row, as the browser paints it when its parser pauses there.
 */
async function headerMovesWhileArriving(
  page: Page,
  html: string,
  language: 'en' | 'de',
  signedIn: boolean,
): Promise<string[]> {
  // what the boot script does before the first paint: the language, the session hint
  const markup = html.replace(
    /<html lang="[^"]*"/,
    `<html lang="${language}"${signedIn ? ` ${SESSION_HINT_ATTRIBUTE}=""` : ''}`,
  )
  await page.setContent(markup)
  const whole = await headerBoxes(page, language)
  const rowStart = markup.indexOf(
    'class="header-top"',
    markup.indexOf(`${SHELL_LANGUAGE_ATTRIBUTE}="${language}"`),
  )
  const rowEnd = markup.indexOf('<nav', rowStart)
  expect(rowStart).toBeGreaterThan(0)
  expect(rowEnd).toBeGreaterThan(rowStart)
  const moved: string[] = []
  for (let cut = markup.indexOf('>', rowStart) + 1; cut <= rowEnd;) {
    await page.setContent(markup.slice(0, cut))
    const partial = await headerBoxes(page, language)
    partial.forEach((box, index) => {
      const final = whole[index]!
      if (box.shown && (Math.abs(box.x - final.x) > 0.5 || Math.abs(box.y - final.y) > 0.5)) {
        moved.push(
          `cut after …${markup.slice(cut - 30, cut)}: ${box.html} at (${box.x.toFixed(1)}, ` +
            `${box.y.toFixed(1)}), then at (${final.x.toFixed(1)}, ${final.y.toFixed(1)})`,
        )
      }
    })
    cut = markup.indexOf('>', cut) + 1
  }
  return moved
}

/**
 * The browser may paint a page while its HTML is still arriving (a slow link, a busy machine):
 * what the header shows then is already where the whole page has it (a "Sign in" link without
 * its text was 24 px shorter, and its cell, centred in the row, moved up 12 px once the text came).
 */
test('the header keeps its place while its HTML is still arriving, signed in and out, wide and narrow', async ({
  page,
  request,
}) => {
  const html = (await (await request.get('/')).text()).replace(
    /<script\b[^>]*>[\s\S]*?<\/script>/g,
    '',
  )
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(viewport)
    for (const language of ['en', 'de'] as const) {
      for (const [signedIn, state] of [
        [false, 'signed out'],
        [true, 'signed in'],
      ] as const) {
        expect(
          await headerMovesWhileArriving(page, html, language, signedIn),
          `${viewport.width} px, ${language}, ${state}`,
        ).toEqual([])
      }
    }
  }
})

/**
 * A loopback proxy in front of the app that sends the HTML of `path` in two parts: up to the end
 * of its first header, then the rest when `release` is called (a slow link, or a parser that
 * waits). Everything else passes through unchanged, its CSP included.
 */
async function startSplitDocumentProxy(path: string) {
  const upstream = new URL(stackConfig.app.previewOrigin)
  let release!: () => void
  const released = new Promise<void>((resolve) => (release = resolve))
  const server = http.createServer((request, response) => {
    const headers = { ...request.headers, host: upstream.host }
    delete headers['accept-encoding']
    const forwarded = http.request(
      {
        host: upstream.hostname,
        port: upstream.port,
        path: request.url,
        method: request.method,
        headers,
      },
      (answer) => {
        if (request.url !== path) {
          response.writeHead(answer.statusCode ?? 502, answer.headers)
          answer.pipe(response)
          return
        }
        const chunks: Buffer[] = []
        answer.on('data', (chunk: Buffer) => chunks.push(chunk))
        answer.on('end', () => {
          const html = Buffer.concat(chunks).toString()
          const { 'content-length': _length, ...rest } = answer.headers
          response.writeHead(answer.statusCode ?? 502, rest)
          const cut = html.indexOf('</header>') + '</header>'.length
          response.write(html.slice(0, cut))
          void released.then(() => response.end(html.slice(cut)))
        })
      },
    )
    request.pipe(forwarded)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}${path}`,
    release,
    close: () => {
      server.closeAllConnections()
      return new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

test('the app starts only once its page has fully arrived, however late the rest of the HTML comes', async ({
  page,
}) => {
  const proxy = await startSplitDocumentProxy('/create')
  try {
    // the document's state at the moment the app marks itself started
    await page.addInitScript((attribute) => {
      new MutationObserver((_, observer) => {
        if (!document.documentElement.hasAttribute(attribute)) return
        document.documentElement.dataset.testStartedWhile = document.readyState
        observer.disconnect()
        // the init script runs before <html> exists: watch the document
      }).observe(document, { attributes: true, subtree: true, attributeFilter: [attribute] })
    }, APP_STARTED_ATTRIBUTE)
    const problems: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text())
    })
    const answered = new Set<string>()
    page.on('requestfinished', (request) => answered.add(new URL(request.url()).pathname))
    const requests = countRequests(page)
    await page.goto(proxy.url, { waitUntil: 'commit' })
    // the header is shown while the rest is held back; the app's modules and config load meanwhile
    await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible()
    // an app that does not wait would start on the half page once its entry, its config and
    // whatever they ask for have arrived and it has run: by then it has had every chance to
    await expect
      .poll(() => [...answered].some((path) => /\/assets\/main-[^/]*\.js$/.test(path)))
      .toBe(true)
    await expect.poll(() => answered.has('/config.json')).toBe(true)
    await requestsSettled(page, requests)
    const startedEarly = await page.evaluate(
      (attribute) => document.documentElement.hasAttribute(attribute),
      APP_STARTED_ATTRIBUTE,
    )
    expect(startedEarly, 'the app started before the page had arrived').toBe(false)
    proxy.release()
    await expect(page.locator('html')).toHaveAttribute(
      'data-test-started-while',
      /^(interactive|complete)$/,
    )
    await expect(page.getByRole('heading', { level: 1, name: 'Create a mytoken' })).toBeVisible()
    await expect(page.getByRole('button', { name: /^Sign in –/ }).first()).toBeVisible()
    // one language's page, hydrated: the other shell is gone
    await expect(page.locator(`[${SHELL_LANGUAGE_ATTRIBUTE}]`)).toHaveCount(1)
    expect(problems).toEqual([])
  } finally {
    await proxy.close()
  }
})

test('the page is readable before its JavaScript runs, and hydration keeps its markup', async ({
  page,
}) => {
  const release = await holdAppScript(page)
  await page.goto('/create', { waitUntil: 'commit' })
  const heading = page.getByRole('heading', { level: 1, name: 'Create a mytoken' })
  await expect(heading).toBeVisible()
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible()
  // the page's largest text, the signed-out explanation, is in the first paint too
  const explanation = page.getByText(/^Signing in opens the mytoken server in a new tab/)
  await expect(page.getByText('Sign in to continue. You stay on this page.')).toBeVisible()
  await expect(explanation).toBeVisible()
  const prerendered = await heading.elementHandle()
  const prerenderedExplanation = await explanation.elementHandle()
  release()
  await expect(page.getByRole('button', { name: /^Sign in –/ }).first()).toBeVisible()
  // the same elements: hydrated, not replaced
  expect(await prerendered!.evaluate((element) => element.isConnected)).toBe(true)
  expect(await prerenderedExplanation!.evaluate((element) => element.isConnected)).toBe(true)
})

test('config.json loads in parallel with the JavaScript, once', async ({ page }) => {
  const configRequests: string[] = []
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/config.json') configRequests.push(request.url())
  })
  const requests = countRequests(page)
  const release = await holdAppScript(page)
  await page.goto('/token-info', { waitUntil: 'commit' })
  await expect.poll(() => configRequests.length).toBe(1)
  release()
  await expect(page.getByRole('button', { name: 'Inspect' })).toBeVisible()
  await requestsSettled(page, requests)
  expect(configRequests).toHaveLength(1)
})

test('a page asks for every module it needs while its entry still downloads, in a dozen files at most', async ({
  context,
}) => {
  for (const route of ['/create', '/tokens', '/token-info']) {
    const page = await context.newPage()
    const requested = new Set<string>()
    page.on('request', (request) => {
      if (request.resourceType() === 'script') requested.add(new URL(request.url()).pathname)
    })
    const requests = countRequests(page)
    const release = await holdAppScript(page)
    await page.goto(route, { waitUntil: 'domcontentloaded' })
    // the page's own list (scripts/prerender.ts): its entry, then the modules it needs
    const listed = (
      (await page.locator(`meta[name="${APP_SCRIPTS_META}"]`).getAttribute('content')) ?? ''
    ).split(' ')
    expect(listed.length, route).toBeGreaterThan(1)
    expect(listed.length, route).toBeLessThanOrEqual(12)
    await expect.poll(() => listed.filter((file) => !requested.has(file)), route).toEqual([])
    release()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await requestsSettled(page, requests)
    // no module of the first render was found only once the entry ran
    expect(
      [...requested].filter((file) => !listed.includes(file)),
      route,
    ).toEqual([])
    await page.close()
  }
})

test('a path without a page of its own, or another language, never shows the wrong page', async ({
  page,
}) => {
  // the fallback index.html (the home page's shell) answers /tokens/<id>
  const release = await holdAppScript(page)
  await page.goto(otherPaths[0]!, { waitUntil: 'commit' })
  await expect(page.locator('html')).toHaveAttribute('data-shell-mismatch', '')
  await expect(page.getByRole('heading', { name: 'Manage your mytokens' })).toBeHidden()
  release()
  await expect(page.getByRole('heading', { level: 1, name: 'Token details' })).toBeVisible()
  await expect(page.locator('html')).not.toHaveAttribute('data-shell-mismatch')
})

test('a German user sees the German page before the JavaScript runs, and it is hydrated', async ({
  page,
}) => {
  const problems: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text())
  })
  await page.goto('/no-such-page')
  await page.evaluate((key) => localStorage.setItem(key, 'de'), LANGUAGE_KEY)
  const release = await holdAppScript(page)
  await page.goto('/create', { waitUntil: 'commit' })
  const heading = page.getByRole('heading', { level: 1, name: 'Ein mytoken erstellen' })
  await expect(heading).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Create a mytoken' })).toBeHidden()
  await expect(page.getByLabel('Sprache')).toHaveValue('de')
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')
  const prerendered = await heading.elementHandle()
  release()
  await expect(page.locator('html')).toHaveAttribute('data-app-started', '')
  await expect(page.getByRole('button', { name: /^Anmelden –/ }).first()).toBeVisible()
  // hydrated, not replaced; the select never flipped back to English
  expect(await prerendered!.evaluate((element) => element.isConnected)).toBe(true)
  await expect(page.getByLabel('Sprache')).toHaveValue('de')
  await expect(page.locator('[data-shell-language="en"]')).toHaveCount(0)
  expect(await layoutShifts(page)).toEqual([])
  expect(problems).toEqual([])
})

test('a language chosen before the JavaScript runs switches at once and is kept on hydration', async ({
  page,
}) => {
  const release = await holdAppScript(page)
  await page.goto('/token-info', { waitUntil: 'commit' })
  await expect(page.getByRole('heading', { level: 1, name: 'Token info' })).toBeVisible()
  await page.getByLabel('Language').selectOption(languageNames.de)
  await expect(page.getByRole('heading', { level: 1, name: 'Token-Info' })).toBeVisible()
  await expect(page.getByLabel('Sprache')).toHaveValue('de')
  await expect(page.getByLabel('Sprache')).toBeFocused()
  release()
  await expect(page.locator('html')).toHaveAttribute('data-app-started', '')
  await expect(page.getByRole('button', { name: 'Prüfen' })).toBeVisible()
  await expect(page.getByLabel('Sprache')).toHaveValue('de')
  expect(await page.evaluate((key) => localStorage.getItem(key), LANGUAGE_KEY)).toBe('de')
  // and back, now through the app
  await page.getByLabel('Sprache').selectOption(languageNames.en)
  await expect(page.getByRole('heading', { level: 1, name: 'Token info' })).toBeVisible()
})

test('signed in, the shell never offers "Sign in", and the session appears right after', async ({
  signedInPage: page,
}) => {
  // where a sign-in leaves the tab: at home, signed in
  await page.goto('/')
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()
  const release = await holdAppScript(page)
  await page.goto('/tokens', { waitUntil: 'commit' })
  await expect(page.getByRole('heading', { level: 1, name: 'My tokens' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeHidden()
  // the shell's signed-out text is not shown to a signed-in tab, not even before the app runs
  await expect(page.getByText('Sign in to continue. You stay on this page.')).toBeHidden()
  await expect(page.getByText(/^Signing in opens the mytoken server/)).toBeHidden()
  release()
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()
})

test('a page that needs the server starts from the last discovery document while it reloads', async ({
  page,
}) => {
  await page.goto('/sign-in')
  await expect(page.getByRole('button', { name: /^Sign in –/ }).first()).toBeVisible()
  // the server's discovery answers slowly now: the remembered document is used meanwhile
  let slowAnswers = 0
  await page.route(
    `${stackConfig.mytoken.issuer}/.well-known/mytoken-configuration`,
    async (route) => {
      slowAnswers += 1
      await new Promise((resolve) => setTimeout(resolve, 20_000))
      await route.continue().catch(() => undefined)
    },
  )
  await page.reload()
  await expect(page.getByRole('button', { name: /^Sign in –/ }).first()).toBeVisible({
    timeout: 10_000,
  })
  expect(slowAnswers).toBe(1)
})
