import { QueryClientProvider } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { ErrorBoundary } from 'react-error-boundary'
import { AppErrorFallback } from '@/components/errors/app-error-fallback'
import type { RuntimeConfig } from '@/lib/config'
import { LanguageProvider, type Language } from '@/lib/i18n/i18n'
import { InstanceProvider } from '@/lib/instance/instance-provider'
import { createQueryClient } from '@/lib/query-client'

export function AppProviders({
  config,
  children,
  language,
}: {
  config: RuntimeConfig
  children: ReactNode
  language?: Language
}) {
  const [queryClient] = useState(createQueryClient)
  return (
    <LanguageProvider initial={language}>
      <ErrorBoundary FallbackComponent={AppErrorFallback}>
        <QueryClientProvider client={queryClient}>
          <InstanceProvider config={config}>{children}</InstanceProvider>
        </QueryClientProvider>
      </ErrorBoundary>
    </LanguageProvider>
  )
}
