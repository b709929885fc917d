// Which mytoken instance the app talks to, its discovery document and the API client built
// from it. The choice is remembered in localStorage (an issuer URL, not a secret); while
// signed in, the session's instance wins.
import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'
import { readStorage, writeStorage } from '../browser-storage'
import { sameIssuer, type InstanceConfig, type RuntimeConfig } from '../config'
import type { MytokenClient } from '../mytoken/api/client'
import type { Discovery } from '../mytoken/api/schemas'
import { sessionStore, type Session } from '../mytoken/browser-state/session-store'
import { useSession } from '../session/use-session'
import { loadClient, loadClientModule, loadedClient } from './client-loader'
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

interface InstanceContextValue {
  config: RuntimeConfig
  instance: InstanceConfig
  selectInstance: (issuer: string) => void
  discovery: Discovery | undefined
  discoveryError: Error | null
  isDiscoveryLoading: boolean
  refetchDiscovery: () => void
  /** asks for the discovery document (RequireDiscovery does this) */
  requestDiscovery: () => void
  /** the API client, waiting for discovery if it is still loading */
  loadClient: () => Promise<MytokenClient>
  client: MytokenClient | undefined
}

const InstanceContext = createContext<InstanceContextValue | null>(null)
export const INSTANCE_KEY = 'mytoken-web.instance'

function storedInstance(config: RuntimeConfig): InstanceConfig {
  const stored = readStorage('local', INSTANCE_KEY)
  return (
    config.instances.find((i) => stored !== null && sameIssuer(i.issuer, stored)) ??
    config.instances[0]!
  )
}

/** The instance the app starts with: the session's, else the one chosen last, else the first. */
function initialInstance(config: RuntimeConfig, session: Session | undefined): InstanceConfig {
  return (
    (session && config.instances.find((i) => sameIssuer(i.issuer, session.instanceIssuer))) ||
    storedInstance(config)
  )
}

/** Starts loading discovery (and the API client's code) before the first render. */
export function prefetchDiscovery(queryClient: QueryClient, config: RuntimeConfig): void {
  const { issuer } = initialInstance(config, sessionStore.get())
  void queryClient.prefetchQuery(discoveryQueries.detail(issuer))
}

export function InstanceProvider({
  config,
  children,
}: {
  config: RuntimeConfig
  children: ReactNode
}) {
  const session = useSession()
  const [chosen, setChosen] = useState<InstanceConfig>(() => storedInstance(config))
  const instance =
    (session && config.instances.find((i) => sameIssuer(i.issuer, session.instanceIssuer))) ||
    chosen

  // Discovery (and with it the API client's code) is fetched once a page needs the server, or
  // when signed in; the start page does not wait for it.
  const [discoveryWanted, setDiscoveryWanted] = useState(false)
  const requestDiscovery = useCallback(() => setDiscoveryWanted(true), [])
  const queryClient = useQueryClient()
  const loadInstanceClient = useCallback(
    () => queryClient.fetchQuery(discoveryQueries.detail(instance.issuer)).then(loadClient),
    [queryClient, instance.issuer],
  )
  const discoveryQuery = useQuery({
    ...discoveryQueries.detail(instance.issuer),
    enabled: discoveryWanted || Boolean(session),
  })
  const discovery = discoveryQuery.data
  const client = discovery ? loadedClient(discovery) : undefined
  const { refetch } = discoveryQuery

  const selectInstance = useCallback(
    (issuer: string) => {
      const next = config.instances.find((i) => sameIssuer(i.issuer, issuer))
      if (!next) return
      setChosen(next)
      writeStorage('local', INSTANCE_KEY, next.issuer)
    },
    [config.instances],
  )

  const value = useMemo<InstanceContextValue>(
    () => ({
      config,
      instance,
      selectInstance,
      discovery,
      discoveryError: discoveryQuery.error,
      isDiscoveryLoading: discoveryQuery.isPending,
      refetchDiscovery: () => void refetch(),
      requestDiscovery,
      loadClient: loadInstanceClient,
      client,
    }),
    [
      config,
      instance,
      selectInstance,
      discovery,
      discoveryQuery.error,
      discoveryQuery.isPending,
      refetch,
      requestDiscovery,
      loadInstanceClient,
      client,
    ],
  )
  return <InstanceContext.Provider value={value}>{children}</InstanceContext.Provider>
}

export function useInstance(): InstanceContextValue {
  const value = useContext(InstanceContext)
  if (!value) throw new Error('useInstance outside InstanceProvider')
  return value
}

/** The API client of the current instance; only call below a component that waited for discovery. */
export function useMytokenClient(): MytokenClient {
  const { client } = useInstance()
  if (!client) throw new Error('useMytokenClient before discovery finished')
  return client
}
