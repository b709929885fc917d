import { StrictMode } from 'react'
import { flushSync } from 'react-dom'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App } from './app/app'
import { paths } from './app/paths'
import { createAppRouter } from './app/router'
import { prerenderedShellFits, SHELL_MISMATCH_ATTRIBUTE } from './boot/shell'
import { loadRuntimeConfig } from './lib/config'
import { prefetchDiscovery } from './lib/instance/instance-provider'
import { sessionStore } from './lib/mytoken/session-store'
import { createQueryClient } from './lib/query-client'
import './styles.css'

const container = document.getElementById('root')!
// decided before anything renders: hydrate this page's prerendered shell, or render afresh
const hydrate = prerenderedShellFits()
const queryClient = createQueryClient()

function showPage() {
  document.documentElement.removeAttribute(SHELL_MISMATCH_ATTRIBUTE)
}

async function start() {
  // config.json is preloaded by index.html, in parallel with this script
  const config = await loadRuntimeConfig()
  if (window.location.pathname !== paths.home || sessionStore.get()) {
    prefetchDiscovery(queryClient, config)
  }
  const router = await createAppRouter()
  const app = (
    <StrictMode>
      <App config={config} router={router} queryClient={queryClient} />
    </StrictMode>
  )
  if (hydrate) {
    hydrateRoot(container, app)
  } else {
    // another page's (or language's) shell, hidden since before the first paint, is replaced
    // in one synchronous commit: it is never seen
    container.replaceChildren()
    const root = createRoot(container)
    flushSync(() => root.render(app))
  }
  showPage()
}

start().catch((error: unknown) => {
  // Nothing else can start without the configuration; say exactly what is wrong.
  const message = document.createElement('p')
  message.setAttribute('role', 'alert')
  message.textContent = `mytoken-web cannot start: ${error instanceof Error ? error.message : String(error)}`
  container.replaceChildren(message)
  showPage()
})
