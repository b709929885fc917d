// One render for component tests: language, a fresh QueryClient without retries, and a memory
// router unless the test brings its own.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import type { ReactNode } from 'react'
import { MemoryRouter } from 'react-router'
import { LanguageProvider, type Language } from '@/lib/i18n/i18n'

export function testQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  })
}

export function renderWithProviders(
  ui: ReactNode,
  {
    language = 'en',
    queryClient = testQueryClient(),
    route,
  }: {
    language?: Language
    queryClient?: QueryClient
    /** the address for a MemoryRouter around `ui`; undefined: `ui` brings its own router or none */
    route?: string[]
  } = {},
) {
  const routed = route ? <MemoryRouter initialEntries={route}>{ui}</MemoryRouter> : ui
  return {
    queryClient,
    ...render(
      <LanguageProvider initial={language}>
        <QueryClientProvider client={queryClient}>{routed}</QueryClientProvider>
      </LanguageProvider>,
    ),
  }
}
