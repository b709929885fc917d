import type { QueryClient } from '@tanstack/react-query'
import { RouterProvider } from 'react-router/dom'
import type { RuntimeConfig } from '@/lib/config'
import { AppProviders } from './providers'
import type { AppRouter } from './router'

export function App({
  config,
  router,
  queryClient,
}: {
  config: RuntimeConfig
  router: AppRouter
  queryClient: QueryClient
}) {
  return (
    <AppProviders config={config} queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  )
}
