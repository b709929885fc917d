// TanStack Query (the app's QueryClient, the discovery query) loads on demand: a signed-out home
// page does without it. Whatever renders queries waits for `loadQueryLayer` first: the routes
// (router.tsx), the user menu, and the instance provider once it needs the server.
import { QueryClientContext, type QueryClient } from '@tanstack/react-query'
import { useEffect, type ReactNode } from 'react'
import { loadClientModule } from './instance/client-loader'
import { createValueStore, useValueStore } from './value-store'

export interface QueryLayer {
  /** the app's one QueryClient */
  queryClient: QueryClient
  discovery: typeof import('./instance/discovery-query')
}

const loaded = createValueStore<QueryLayer | undefined>(undefined)
let loading: Promise<QueryLayer> | undefined

/** Loads the query layer once (a failed load is tried again on the next call). */
export function loadQueryLayer(): Promise<QueryLayer> {
  loading ??= Promise.all([
    import('./query-client'),
    import('./instance/discovery-query'),
    // every query needs the API client: its code loads beside, not after, the layer
    loadClientModule(),
  ]).then(
    ([{ createQueryClient }, discovery]) => {
      const layer = { queryClient: createQueryClient(), discovery }
      loaded.set(layer)
      return layer
    },
    (error: unknown) => {
      loading = undefined
      throw error
    },
  )
  return loading
}

/** The query layer once loaded, else undefined. */
export function useQueryLayer(): QueryLayer | undefined {
  return useValueStore(loaded)
}

/**
 * Provides the QueryClient (the given one, else the app's once loaded) as QueryClientProvider
 * does, but with the same element before and after the load, so nothing below is mounted again.
 */
export function QueryLayerProvider({
  queryClient,
  children,
}: {
  queryClient?: QueryClient
  children: ReactNode
}) {
  const layer = useQueryLayer()
  const client = queryClient ?? layer?.queryClient
  useEffect(() => {
    if (!client) return
    client.mount()
    return () => client.unmount()
  }, [client])
  return <QueryClientContext.Provider value={client}>{children}</QueryClientContext.Provider>
}
