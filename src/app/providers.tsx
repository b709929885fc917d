import type { QueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { AppErrorFallback } from '@/components/errors/app-error-fallback'
import { ErrorBoundary } from '@/components/errors/error-boundary'
import type { RuntimeConfig } from '@/lib/config'
import { LanguageProvider, type Language } from '@/lib/i18n/i18n'
import { InstanceProvider } from '@/lib/instance/instance-provider'
import { QueryLayerProvider } from '@/lib/query-layer'
import { HydrationBoundary } from '@/lib/use-hydrated'

export function AppProviders({
  config,
  children,
  language,
  queryClient,
  hydrating = false,
}: {
  config: RuntimeConfig
  children: ReactNode
  language?: Language
  /** rendered as, or over, the prerendered shell (see HydrationBoundary) */
  hydrating?: boolean
  /** tests' and the prerender's own; else the app's, once the query layer has loaded */
  queryClient?: QueryClient
}) {
  return (
    <HydrationBoundary hydrating={hydrating}>
      <LanguageProvider initial={language}>
        <ErrorBoundary FallbackComponent={AppErrorFallback}>
          <QueryLayerProvider queryClient={queryClient}>
            <InstanceProvider config={config}>{children}</InstanceProvider>
          </QueryLayerProvider>
        </ErrorBoundary>
      </LanguageProvider>
    </HydrationBoundary>
  )
}
