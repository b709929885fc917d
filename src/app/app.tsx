import type { QueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { RouterProvider } from 'react-router/dom'
import { APP_HYDRATED_ATTRIBUTE } from '@/boot/attributes'
import type { RuntimeConfig } from '@/lib/config'
import type { Language } from '@/lib/i18n/i18n'
import { AppProviders } from './providers'
import type { AppRouter } from './router'

export function App({
  config,
  router,
  queryClient,
  language,
  hydrating = false,
}: {
  config: RuntimeConfig
  router: AppRouter
  /** tests' own; the app's loads with the query layer */
  queryClient?: QueryClient
  /** the language of the prerendered page being hydrated */
  language?: Language
  /** hydrating the prerendered shell (main.tsx), not rendering from scratch */
  hydrating?: boolean
}) {
  // effects run after the whole tree has committed, i.e. once the prerendered page is hydrated
  useEffect(() => document.documentElement.setAttribute(APP_HYDRATED_ATTRIBUTE, ''), [])
  return (
    <AppProviders
      config={config}
      queryClient={queryClient}
      language={language}
      hydrating={hydrating}
    >
      <RouterProvider router={router} />
    </AppProviders>
  )
}
