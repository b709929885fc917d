import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { User } from 'oidc-client-ts'
import { useEffect, useState } from 'react'
import { sameIssuer } from '@/lib/config'
import { useInstance } from '@/lib/instance/instance-provider'
import { useSession } from '@/lib/session/use-session'
import { useValueStore } from '@/lib/value-store'
import { rememberedProfile } from './remembered-profile'
import { CLAIMS_BY_SCOPE, IDENTITY_SCOPES } from './scopes'

// oidc-client-ts is loaded only once a signed-in user's provider has a client for this app,
// which keeps it out of the first page's JavaScript.
type Manager = ReturnType<typeof import('./user-manager').createUserManager>

const managers = new Map<string, Promise<Manager>>()
function managerFor(providerIssuer: string, clientId: string): Promise<Manager> {
  const key = `${providerIssuer} ${clientId}`
  let manager = managers.get(key)
  if (!manager) {
    manager = import('./user-manager').then((m) => m.createUserManager(providerIssuer, clientId))
    managers.set(key, manager)
  }
  return manager
}

interface SpaClient {
  providerIssuer: string
  clientId: string
}

export const identityQueries = {
  all: () => ['identity'] as const,
  // keyed by the session's mom_id (an id, not a secret): a new session asks again
  user: (client: SpaClient | undefined, sessionMomId: string) =>
    queryOptions({
      queryKey: [...identityQueries.all(), client ?? null, sessionMomId] as const,
      // prompt=none: works only when the provider already has a session for this browser
      queryFn: async (): Promise<User | null> => {
        if (!client) return null
        const manager = await managerFor(client.providerIssuer, client.clientId)
        try {
          const user = await manager.signinSilent()
          rememberedProfile.remember(sessionMomId, user?.profile)
          return user
        } catch (error) {
          rememberedProfile.remember(sessionMomId, undefined)
          throw error
        }
      },
      staleTime: Infinity,
      retry: false,
      refetchOnWindowFocus: false,
    }),
}

export interface ReleasedClaim {
  claim: string
  scope: string
  released: boolean
}

export function releasedClaims(profile: Record<string, unknown>): ReleasedClaim[] {
  return IDENTITY_SCOPES.flatMap((scope) =>
    (CLAIMS_BY_SCOPE[scope] ?? []).map((claim) => ({
      claim,
      scope,
      released: profile[claim] !== undefined && profile[claim] !== null && profile[claim] !== '',
    })),
  )
}

/**
 * The user's identity at the OpenID provider, when the runtime configuration names a client
 * for this app at the session's provider. Without one the app works with the session alone.
 */
function useSpaClient() {
  const session = useSession()
  const { config } = useInstance()
  const spaClient = session
    ? config.spaClients.find((client) => sameIssuer(client.providerIssuer, session.providerIssuer))
    : undefined
  return { session, spaClient, userQuery: identityQueries.user(spaClient, session?.momId ?? '') }
}

export function useIdentity() {
  const queryClient = useQueryClient()
  const { session, spaClient, userQuery } = useSpaClient()
  const query = useQuery({ ...userQuery, enabled: Boolean(spaClient && session) })

  const popup = useMutation({
    mutationFn: async () => {
      if (!spaClient) throw new Error('No client for this provider')
      // the module is loaded already (the silent attempt ran first), so the popup still opens
      // within the click's user activation
      return (await managerFor(spaClient.providerIssuer, spaClient.clientId)).signinPopup()
    },
    onSuccess: (user) => {
      if (session) rememberedProfile.remember(session.momId, user.profile)
      queryClient.setQueryData(userQuery.queryKey, user)
    },
  })

  return {
    available: Boolean(spaClient),
    user: query.data ?? undefined,
    isLoading: query.isFetching,
    needsInteraction: query.isError && !popup.isSuccess,
    signInWithPopup: () => popup.mutate(),
    popupError: popup.error,
    isPopupPending: popup.isPending,
  }
}

/** Forgets the provider tokens held in memory and the remembered name (at sign-out). */
export async function forgetIdentity(): Promise<void> {
  rememberedProfile.forget()
  await Promise.all([...managers.values()].map(async (m) => (await m).removeUser()))
}

/** True once `wanted`, nothing is loading and the browser has had an idle moment. */
function useWhenIdle(wanted: boolean): boolean {
  const queryClient = useQueryClient()
  const [idle, setIdle] = useState(false)
  useEffect(() => {
    if (!wanted || idle) return
    // (watched only while wanted: a header re-rendered by every request would cost more)
    let cancel = () => {}
    const waitForIdle = () => {
      cancel()
      if (queryClient.isFetching() > 0) return
      if (typeof window.requestIdleCallback !== 'function') {
        const id = window.setTimeout(() => setIdle(true), 1000)
        cancel = () => window.clearTimeout(id)
      } else {
        const id = window.requestIdleCallback(() => setIdle(true), { timeout: 5000 })
        cancel = () => window.cancelIdleCallback(id)
      }
    }
    const unsubscribe = queryClient.getQueryCache().subscribe(waitForIdle)
    waitForIdle()
    return () => {
      unsubscribe()
      cancel()
    }
  }, [wanted, idle, queryClient])
  return idle
}

/**
 * The user's name (or e-mail) for the header. Remembered for this tab's session once known;
 * until then the provider is asked silently, once the page has loaded and the browser is idle:
 * its library and the sign-in iframe are not part of showing the page.
 */
export function useDisplayName(): string | undefined {
  const { session, spaClient, userQuery } = useSpaClient()
  const remembered = useValueStore(rememberedProfile)
  const known = remembered && remembered.momId === session?.momId ? remembered : undefined
  const ask = useWhenIdle(Boolean(spaClient && session && !known))
  const query = useQuery({ ...userQuery, enabled: Boolean(spaClient && session && !known && ask) })
  const profile = query.data?.profile
  const name = known ? (known.name ?? known.email) : (profile?.name ?? profile?.email)
  return name === undefined ? undefined : String(name)
}
