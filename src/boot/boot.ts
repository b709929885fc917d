// The one render-blocking script (external, so the CSP needs no inline script). It runs in
// <head> before the first paint: it marks <html> (styles.css does the rest) and starts the
// app's JavaScript once the prerendered page has been painted, so that on a slow link the
// page's own styles are not slowed down by it.
import { SESSION_STORAGE_KEY } from '../lib/mytoken/session-storage-key'
import { APP_SCRIPTS_META } from './attributes'
import { prerenderedShellFits, SESSION_HINT_ATTRIBUTE, SHELL_MISMATCH_ATTRIBUTE } from './shell'

const html = document.documentElement
// e.g. /tokens/<id> answered with the home page's shell: never show another page's content
const fits = prerenderedShellFits(html)
if (!fits) html.setAttribute(SHELL_MISMATCH_ATTRIBUTE, '')
try {
  // only whether a session exists; the token itself is not read here
  if (sessionStorage.getItem(SESSION_STORAGE_KEY) !== null)
    html.setAttribute(SESSION_HINT_ATTRIBUTE, '')
} catch {
  // storage unavailable: treated as signed out
}

/** The entry module first, then the modules it and this page will need. */
function loadApp() {
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="${APP_SCRIPTS_META}"]`)
  const [entry, ...preloads] = meta?.content.split(' ').filter(Boolean) ?? []
  for (const href of preloads) {
    const link = document.createElement('link')
    link.rel = 'modulepreload'
    link.crossOrigin = ''
    link.href = href
    document.head.append(link)
  }
  if (!entry) return
  const script = document.createElement('script')
  script.type = 'module'
  script.crossOrigin = ''
  script.src = entry
  document.head.append(script)
}

// Nothing to show first (a hidden shell, a background tab that paints nothing): load at once.
if (!fits || document.visibilityState !== 'visible') loadApp()
else requestAnimationFrame(() => setTimeout(loadApp, 0))
