// One render for component tests: language, a fresh QueryClient of the app without retries, and
// a memory router unless the test brings its own.
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import type { ReactNode } from 'react'
import { MemoryRouter } from 'react-router'
import { LanguageProvider, type Language } from '@/lib/i18n/i18n'
import { createQueryClient } from '@/lib/query-client'

/** The app's QueryClient, so its error hooks (`meta.session` ends the session) run in tests. */
export function testQueryClient(): QueryClient {
  const queryClient = createQueryClient()
  const defaults = queryClient.getDefaultOptions()
  queryClient.setDefaultOptions({
    ...defaults,
    queries: { ...defaults.queries, retry: false },
    mutations: { ...defaults.mutations, retry: false },
  })
  return queryClient
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
