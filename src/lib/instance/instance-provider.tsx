// Which mytoken instance the app talks to, its discovery document and the API client built
// from it. The choice is remembered in localStorage (an issuer URL, not a secret); while
// signed in, the session's instance wins.
import { QueryClientContext } from '@tanstack/react-query'
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react'
import { readStorage, writeStorage } from '../browser-storage'
import { sameIssuer, type InstanceConfig, type RuntimeConfig } from '../config'
import type { MytokenClient } from '../mytoken/api/client'
import { oneAtATime } from '../mytoken/api/credential'
import type { Discovery } from '../mytoken/api/schemas'
import { holdEarlyAnswer, takeEarlyTokenList } from '../mytoken/browser-state/early-token-list'
import { sessionStore } from '../mytoken/browser-state/session-store'
import type { Session } from '../mytoken/browser-state/stored-session'
import { loadQueryLayer, useQueryLayer } from '../query-layer'
import { useSession } from '../session/use-session'
import { loadClientModule, loadedClient } from './client-loader'
import type { DiscoveryState } from './discovery-query'

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

/** Starts loading discovery, the query layer and the API client's code before the first render. */
export function prefetchDiscovery(config: RuntimeConfig): void {
  const { issuer } = initialInstance(config, sessionStore.get())
  loadQueryLayer().then(
    ({ queryClient, discovery }) =>
      queryClient.prefetchQuery(discovery.discoveryQueries.detail(issuer)),
    // a failed load is tried again when a page needs the server
    () => undefined,
  )
}

/**
 * Starts reading the session's token list at the app's start (for the pages that show it), so
 * that it goes first in the session's queue of requests instead of after the page's own. On a
 * prerendered page the boot script has sent it already: its answer is read instead.
 */
export function prefetchTokenList(config: RuntimeConfig): void {
  const session = sessionStore.get()
  if (!session) return
  const early = takeEarlyTokenList(session)
  if (early) {
    const credential = sessionStore.credential()
    // first in the queue (nothing has used the session yet): its token_update, if any, is applied
    // before the next request with the session goes out
    const answer = oneAtATime(
      credential,
      async () => (await loadClientModule()).readEarlyAnswer(early.response, early.url, credential),
      true,
    )
    // a failure is reported by the query that reads it
    answer.catch(() => undefined)
    holdEarlyAnswer(early, answer)
  }
  const { issuer } = initialInstance(config, session)
  if (!sameIssuer(issuer, session.instanceIssuer)) return
  Promise.all([loadQueryLayer(), import('../mytoken/queries/token-list')])
    .then(async ([{ queryClient, discovery }, { tokenListQuery }]) => {
      const client = await discovery.fetchClient(queryClient, issuer)
      await queryClient.prefetchQuery(tokenListQuery(client, session.momId))
    })
    // the page asks again, and shows what fails
    .catch(() => undefined)
}

const noDiscovery: DiscoveryState = {
  issuer: undefined,
  discovery: undefined,
  error: null,
  isPending: true,
  refetch: undefined,
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
  const enabled = discoveryWanted || Boolean(session)
  const layer = useQueryLayer()
  // a failed load of the query layer is the discovery's error, and its retry loads again
  const [layerError, setLayerError] = useState<Error | null>(null)
  const [layerAttempt, setLayerAttempt] = useState(0)
  const retryLayer = useCallback(() => setLayerAttempt((n) => n + 1), [])
  useEffect(() => {
    if (!enabled) return
    loadQueryLayer().then(
      () => setLayerError(null),
      (error: unknown) => setLayerError(error instanceof Error ? error : new Error(String(error))),
    )
  }, [enabled, layerAttempt])
  // a test's own client, else the app's (the same as the layer's once loaded)
  const queryClient = useContext(QueryClientContext)
  const loadInstanceClient = useCallback(async () => {
    const { queryClient: appClient, discovery } = await loadQueryLayer()
    return discovery.fetchClient(queryClient ?? appClient, instance.issuer)
  }, [queryClient, instance.issuer])
  const [publishedState, setDiscoveryState] = useState(noDiscovery)
  // (a render right after the instance changed still has the other instance's state)
  const discoveryState =
    publishedState.issuer === instance.issuer
      ? publishedState
      : layerError && !layer
        ? { ...noDiscovery, error: layerError, refetch: retryLayer }
        : noDiscovery
  const { discovery, refetch } = discoveryState
  const client = discovery ? loadedClient(discovery) : undefined

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
      discoveryError: discoveryState.error,
      isDiscoveryLoading: discoveryState.isPending,
      refetchDiscovery: () => void refetch?.(),
      requestDiscovery,
      loadClient: loadInstanceClient,
      client,
    }),
    [
      config,
      instance,
      selectInstance,
      discovery,
      discoveryState.error,
      discoveryState.isPending,
      refetch,
      requestDiscovery,
      loadInstanceClient,
      client,
    ],
  )
  const DiscoveryQuery = layer?.discovery.DiscoveryQuery
  return (
    <>
      {DiscoveryQuery && queryClient ? (
        <DiscoveryQuery issuer={instance.issuer} enabled={enabled} onChange={setDiscoveryState} />
      ) : null}
      <InstanceContext.Provider value={value}>{children}</InstanceContext.Provider>
    </>
  )
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
