// Build time only (scripts/prerender.ts): renders a route's static shell to HTML — header,
// navigation, headings, explanations, form skeletons; nothing of a user, a session or a
// deployment's configuration. The browser hydrates exactly this markup (src/main.tsx).
import { StrictMode } from 'react'
import { renderToString } from 'react-dom/server'
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router'
import { AppProviders } from './app/providers'
import { appRoutes } from './app/router'
import { shellIdPrefix } from './boot/attributes'
import type { RuntimeConfig } from './lib/config'
import type { Language } from './lib/i18n/detect-language'
import { createQueryClient } from './lib/query-client'

export { languages } from './lib/i18n/detect-language'
export { prerenderedRoutes } from './app/prerendered-routes'

/** Stands in for config.json, which only the browser reads; the shell renders none of it. */
const shellConfig: RuntimeConfig = {
  instances: [{ issuer: 'https://mytoken.invalid', name: '' }],
  spaClients: [],
}

export async function renderShell(path: string, language: Language): Promise<string> {
  const handler = createStaticHandler(appRoutes())
  const context = await handler.query(new Request(new URL(path, 'http://prerender.invalid')))
  if (context instanceof Response) throw new Error(`${path} answered ${context.status}`)
  const router = createStaticRouter(handler.dataRoutes, context)
  return renderToString(
    <StrictMode>
      <AppProviders
        config={shellConfig}
        language={language}
        queryClient={createQueryClient()}
        hydrating
      >
        {/* hydrate={false}: no inline script with router state (the CSP forbids it) */}
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </AppProviders>
    </StrictMode>,
    { identifierPrefix: shellIdPrefix(language) },
  )
}
