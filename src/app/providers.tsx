import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { AppErrorFallback } from '@/components/errors/app-error-fallback'
import { ErrorBoundary } from '@/components/errors/error-boundary'
import type { RuntimeConfig } from '@/lib/config'
import { LanguageProvider, type Language } from '@/lib/i18n/i18n'
import { InstanceProvider } from '@/lib/instance/instance-provider'
import { createQueryClient } from '@/lib/query-client'
import { HydrationBoundary } from '@/lib/use-hydrated'

export function AppProviders({
  config,
  children,
  language,
  queryClient: givenQueryClient,
  hydrating = false,
}: {
  config: RuntimeConfig
  children: ReactNode
  language?: Language
  /** rendered as, or over, the prerendered shell (see HydrationBoundary) */
  hydrating?: boolean
  /** main.tsx creates it first, to start loading discovery before the first render */
  queryClient?: QueryClient
}) {
  const [queryClient] = useState(() => givenQueryClient ?? createQueryClient())
  return (
    <HydrationBoundary hydrating={hydrating}>
      <LanguageProvider initial={language}>
        <ErrorBoundary FallbackComponent={AppErrorFallback}>
          <QueryClientProvider client={queryClient}>
            <InstanceProvider config={config}>{children}</InstanceProvider>
          </QueryClientProvider>
        </ErrorBoundary>
      </LanguageProvider>
    </HydrationBoundary>
  )
}
