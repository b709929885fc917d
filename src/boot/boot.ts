// The one render-blocking script (inlined into each prerendered page with the CSP nonce
// placeholder, scripts/prerender.ts; so no request stands before the first paint). It runs in
// <head> before the first paint: it marks <html> (styles.css does the rest: the shell in the
// user's language, nothing of another page, no "Sign in" for a signed-in tab), asks for a signed-in
// token page's list (lib/mytoken/browser-state/early-token-list.ts) and starts the app's
// JavaScript once the prerendered page has been painted, so that on a slow link or device the
// page's own styles and first frame are not slowed down by it.
import { tokenListPaths } from '../app/paths'
import { detectLanguage, languages, LANGUAGE_KEY } from '../lib/i18n/detect-language'
import { requestTokenListEarly } from '../lib/mytoken/browser-state/early-token-list'
import { SESSION_STORAGE_KEY } from '../lib/mytoken/browser-state/stored-session'
import { nextTask } from '../lib/next-task'
import { APP_SCRIPTS_META } from './attributes'
import {
  APP_STARTED_ATTRIBUTE,
  LANGUAGE_SELECT_ATTRIBUTE,
  prerenderedShellFits,
  SESSION_HINT_ATTRIBUTE,
  SHELL_LANGUAGE_ATTRIBUTE,
  SHELL_MISMATCH_ATTRIBUTE,
} from './shell'

const html = document.documentElement
html.lang = detectLanguage()
// e.g. /tokens/<id> answered with the home page's shell: never show another page's content
const fits = prerenderedShellFits(html)
if (!fits) html.setAttribute(SHELL_MISMATCH_ATTRIBUTE, '')
try {
  if (sessionStorage.getItem(SESSION_STORAGE_KEY) !== null) {
    html.setAttribute(SESSION_HINT_ATTRIBUTE, '')
    // the page's content, and the server's part of its time: asked for before the first paint
    if (fits && tokenListPaths.includes(location.pathname)) requestTokenListEarly()
    startInternationalization(html.lang)
  }
} catch {
  // storage unavailable: treated as signed out
}

// A language chosen before the app has started shows that language's shell at once and is
// the one the app starts in; each shell's select keeps showing its own language.
document.addEventListener('change', (event) => {
  const select = event.target
  if (!(select instanceof HTMLSelectElement) || !select.hasAttribute(LANGUAGE_SELECT_ATTRIBUTE))
    return
  if (html.hasAttribute(APP_STARTED_ATTRIBUTE)) return
  const chosen = languages.find((language) => language === select.value)
  if (!chosen) return
  try {
    localStorage.setItem(LANGUAGE_KEY, chosen)
  } catch {
    // not remembered: this page still switches
  }
  select.value = html.lang
  html.lang = chosen
  document
    .querySelector<HTMLSelectElement>(
      `[${SHELL_LANGUAGE_ATTRIBUTE}="${chosen}"] [${LANGUAGE_SELECT_ATTRIBUTE}]`,
    )
    ?.focus()
})

/**
 * The browser's first use of Intl loads its locale data: one uninterruptible task (about 30 ms
 * on a desktop, four times that on a slow phone). A signed-in page shows times and durations as
 * soon as its data arrives; done here, before the first frame, that load does not block input
 * later in the middle of the page's start.
 */
function startInternationalization(language: string) {
  new Intl.DateTimeFormat(language).resolvedOptions()
}

/**
 * config.json (the entry's first request) and the entry, then the other modules the page needs.
 * Starting a request costs the main thread one to four milliseconds (four times that on a slow
 * phone): each request is started in a task of its own, the entry first.
 */
function loadApp() {
  const config = document.createElement('link')
  config.rel = 'preload'
  config.as = 'fetch'
  config.crossOrigin = ''
  config.href = '/config.json'
  document.head.append(config)
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="${APP_SCRIPTS_META}"]`)
  const [entry, ...preloads] = meta?.content.split(' ').filter(Boolean) ?? []
  if (entry) void appendScripts(entry, preloads)
}

async function appendScripts(entry: string, preloads: string[]) {
  await nextTask()
  const script = document.createElement('script')
  script.type = 'module'
  script.crossOrigin = ''
  script.src = entry
  document.head.append(script)
  for (const href of preloads) {
    await nextTask()
    const link = document.createElement('link')
    link.rel = 'modulepreload'
    link.crossOrigin = ''
    link.href = href
    document.head.append(link)
  }
}

/**
 * Runs `start` once the browser has presented the page's first contentful paint (the paint
 * timing entry is reported after the frame is on screen), so that neither the app's requests
 * nor its script evaluation compete with that frame on a slow device; at the latest after
 * `latestMs`, should no such entry come.
 */
function afterFirstPaint(start: () => void, latestMs: number) {
  let started = false
  const once = () => {
    if (!started) start()
    started = true
  }
  new PerformanceObserver((list, observer) => {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return
    observer.disconnect()
    once()
  }).observe({ type: 'paint', buffered: true })
  setTimeout(once, latestMs)
}

// Nothing to show first (a hidden shell, a background tab that paints nothing): load at once.
if (!fits || document.visibilityState !== 'visible') loadApp()
else afterFirstPaint(loadApp, 1000)
