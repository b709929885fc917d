import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { User } from 'oidc-client-ts'
import { useMemo } from 'react'
import { sameIssuer } from '@/lib/config'
import { useInstance } from '@/lib/instance/instance-provider'
import { useSession } from '@/lib/session/use-session'
import { CLAIMS_BY_SCOPE, IDENTITY_SCOPES, createUserManager } from './user-manager'

type Manager = ReturnType<typeof createUserManager>

const managers = new Map<string, Manager>()
function managerFor(providerIssuer: string, clientId: string): Manager {
  const key = `${providerIssuer} ${clientId}`
  let manager = managers.get(key)
  if (!manager) {
    manager = createUserManager(providerIssuer, clientId)
    managers.set(key, manager)
  }
  return manager
}

export const identityQueries = {
  all: () => ['identity'] as const,
  // keyed by the session's mom_id (an id, not a secret): a new session asks again
  user: (manager: Manager, providerIssuer: string, sessionMomId: string) =>
    queryOptions({
      queryKey: [...identityQueries.all(), providerIssuer, sessionMomId] as const,
      // prompt=none: works only when the provider already has a session for this browser
      queryFn: (): Promise<User | null> => manager.signinSilent(),
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
export function useIdentity() {
  const session = useSession()
  const { config } = useInstance()
  const queryClient = useQueryClient()
  const spaClient = session
    ? config.spaClients.find((client) => sameIssuer(client.providerIssuer, session.providerIssuer))
    : undefined
  const manager = useMemo(
    () => (spaClient ? managerFor(spaClient.providerIssuer, spaClient.clientId) : undefined),
    [spaClient],
  )

  const query = useQuery({
    ...identityQueries.user(
      manager as Manager,
      session?.providerIssuer ?? '',
      session?.momId ?? '',
    ),
    enabled: Boolean(manager && session),
  })

  const popup = useMutation({
    mutationFn: () => (manager as Manager).signinPopup(),
    onSuccess: (user) => {
      if (session) {
        queryClient.setQueryData(
          identityQueries.user(manager as Manager, session.providerIssuer, session.momId).queryKey,
          user,
        )
      }
    },
  })

  return {
    available: Boolean(manager),
    user: query.data ?? undefined,
    isLoading: query.isFetching,
    needsInteraction: query.isError && !popup.isSuccess,
    signInWithPopup: () => popup.mutate(),
    popupError: popup.error,
    isPopupPending: popup.isPending,
    /** forgets the provider tokens held in memory */
    forget: async () => {
      await Promise.all([...managers.values()].map((m) => m.removeUser()))
    },
  }
}
