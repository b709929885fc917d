import type { QueryClient } from '@tanstack/react-query'
import { RouterProvider } from 'react-router/dom'
import type { RuntimeConfig } from '@/lib/config'
import type { Language } from '@/lib/i18n/i18n'
import { AppProviders } from './providers'
import type { AppRouter } from './router'

export function App({
  config,
  router,
  queryClient,
  language,
}: {
  config: RuntimeConfig
  router: AppRouter
  queryClient: QueryClient
  /** the language of the prerendered page being hydrated */
  language?: Language
}) {
  return (
    <AppProviders config={config} queryClient={queryClient} language={language}>
      <RouterProvider router={router} />
    </AppProviders>
  )
}
