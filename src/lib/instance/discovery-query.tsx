// The discovery query, loaded with the query layer (src/lib/query-layer.tsx).
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query'
import { useLayoutEffect } from 'react'
import type { MytokenClient } from '../mytoken/api/client'
import type { Discovery } from '../mytoken/api/schemas'
import { loadClient, loadClientModule } from './client-loader'
import { cachedDiscovery, rememberDiscovery } from './discovery-cache'

export const discoveryQueries = {
  all: () => ['discovery'] as const,
  detail: (issuer: string) =>
    queryOptions({
      queryKey: [...discoveryQueries.all(), issuer] as const,
      queryFn: async ({ client: queryClient, queryKey }): Promise<Discovery> => {
        // every document in the cache has its client at hand (`loadedClient`)
        const api = await loadClientModule()
        const fresh = api.fetchDiscovery(issuer).then((discovery) => {
          rememberDiscovery(issuer, discovery)
          return discovery
        })
        const cached = await cachedDiscovery(issuer)
        if (!cached) return fresh
        // The last document seen (it holds no secret) answers at once; the fresh one replaces
        // it as soon as it arrives (an unchanged one keeps the cached object, and so its client).
        fresh.then(
          (discovery) => queryClient.setQueryData(queryKey, discovery),
          () => undefined,
        )
        return cached
      },
      staleTime: 60 * 60 * 1000,
      retry: 1,
    }),
}

/** The API client of the instance `issuer`, its discovery document read through the cache. */
export async function fetchClient(
  queryClient: QueryClient,
  issuer: string,
): Promise<MytokenClient> {
  return loadClient(await queryClient.fetchQuery(discoveryQueries.detail(issuer)))
}

/** What the instance provider tells its consumers of the discovery query. */
export interface DiscoveryState {
  /** the instance the state is of */
  issuer: string | undefined
  discovery: Discovery | undefined
  error: Error | null
  isPending: boolean
  refetch: (() => unknown) | undefined
}

/**
 * The discovery query, rendered beside (not around) the instance provider's children: it hands
 * each state to `onChange` before the browser paints it. The provider renders it only once the
 * query layer has loaded, and a wrapper would mount its children again then.
 */
export function DiscoveryQuery({
  issuer,
  enabled,
  onChange,
}: {
  issuer: string
  enabled: boolean
  onChange: (state: DiscoveryState) => void
}) {
  const { data, error, isPending, refetch } = useQuery({
    ...discoveryQueries.detail(issuer),
    enabled,
  })
  useLayoutEffect(
    () => onChange({ issuer, discovery: data, error, isPending, refetch }),
    [onChange, issuer, data, error, isPending, refetch],
  )
  return null
}
