import { startTransition, StrictMode, type ReactNode } from 'react'
import { flushSync } from 'react-dom'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App } from './app/app'
import { loadUserMenu } from './app/layout/header'
import { paths, tokenListPaths } from './app/paths'
import { createAppRouter } from './app/router'
import { APP_STARTED_ATTRIBUTE, prerenderedShell, SHELL_MISMATCH_ATTRIBUTE } from './boot/shell'
import { loadRuntimeConfig, type RuntimeConfig } from './lib/config'
import { detectLanguage } from './lib/i18n/detect-language'
import { defineMessages, format } from './lib/i18n/i18n'
import { prefetchDiscovery, prefetchTokenList } from './lib/instance/instance-provider'
import { sessionStore } from './lib/mytoken/browser-state/session-store'
import { nextTask } from './lib/next-task'
import { startSessionSharing } from './lib/session/use-session'
import './styles.css'

/** when even the configuration error page cannot be loaded */
const startMessages = defineMessages({
  en: { cannotStart: 'mytoken-web cannot start: {problem}' },
  de: { cannotStart: 'mytoken-web kann nicht starten: {problem}' },
})

const container = document.getElementById('root')!
// one sign-in per browser: ask the app's other tabs for their session while the config loads
startSessionSharing()
// a signed-in tab's header shows its user menu right after hydration: its code loads meanwhile
// (a failed load is tried again when the header needs it)
if (sessionStore.get()) loadUserMenu().catch(() => undefined)

function showPage() {
  document.documentElement.removeAttribute(SHELL_MISMATCH_ATTRIBUTE)
}

/** Replaces whatever #root holds (a hidden shell that is not this page's) in one commit. */
function renderAfresh(element: ReactNode) {
  container.replaceChildren()
  const root = createRoot(container)
  flushSync(() => root.render(element))
}

/**
 * Resolves once the page's whole HTML is parsed. The boot script adds this module after the first
 * paint, and a module added by a script runs as soon as it has loaded: on a slow link the HTML
 * may still be arriving, and a half-parsed shell must not be hydrated.
 */
function documentParsed(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve()
  return new Promise((resolve) =>
    document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }),
  )
}

async function start(config: RuntimeConfig) {
  const { pathname } = window.location
  if (pathname !== paths.home || sessionStore.get()) prefetchDiscovery(config)
  if (tokenListPaths.includes(pathname)) prefetchTokenList(config)
  // the discovery's request goes out before the router's creation, in a task of its own
  await nextTask()
  const router = await createAppRouter()
  // creating the router and starting to hydrate are each a long step on a slow phone
  await nextTask()
  await documentParsed()
  // decided at the last moment: until now the boot script followed the language select
  document.documentElement.setAttribute(APP_STARTED_ATTRIBUTE, '')
  const language = detectLanguage()
  const shell = prerenderedShell(container, language)
  const app = (
    <StrictMode>
      <App config={config} router={router} language={language} hydrating={shell !== undefined} />
    </StrictMode>
  )
  if (shell) {
    // a transition: React hydrates in slices and keeps the main thread responsive in between
    startTransition(() => {
      hydrateRoot(shell.element, app, { identifierPrefix: shell.idPrefix })
    })
  } else {
    // another page's shell, hidden since before the first paint, is never seen
    renderAfresh(app)
  }
  showPage()
}

// config.json is preloaded by the page, in parallel with this script
loadRuntimeConfig().then(start, async (error: unknown) => {
  // Nothing else can start without the configuration; say exactly what is wrong.
  const problem = error instanceof Error ? error.message : String(error)
  const page = await import('./app/config-error-page').catch(() => undefined)
  renderAfresh(
    <StrictMode>
      {page ? (
        <page.ConfigErrorPage problem={problem} />
      ) : (
        <p role="alert">{format(startMessages[detectLanguage()].cannotStart, { problem })}</p>
      )}
    </StrictMode>,
  )
  showPage()
})
