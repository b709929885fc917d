import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { User } from 'oidc-client-ts'
import { sameIssuer } from '@/lib/config'
import { useInstance } from '@/lib/instance/instance-provider'
import { useSession } from '@/lib/session/use-session'
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
        return (await managerFor(client.providerIssuer, client.clientId)).signinSilent()
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
export function useIdentity() {
  const session = useSession()
  const { config } = useInstance()
  const queryClient = useQueryClient()
  const spaClient = session
    ? config.spaClients.find((client) => sameIssuer(client.providerIssuer, session.providerIssuer))
    : undefined
  const userQuery = identityQueries.user(spaClient, session?.momId ?? '')
  const query = useQuery({ ...userQuery, enabled: Boolean(spaClient && session) })

  const popup = useMutation({
    mutationFn: async () => {
      if (!spaClient) throw new Error('No client for this provider')
      // the module is loaded already (the silent attempt ran first), so the popup still opens
      // within the click's user activation
      return (await managerFor(spaClient.providerIssuer, spaClient.clientId)).signinPopup()
    },
    onSuccess: (user) => queryClient.setQueryData(userQuery.queryKey, user),
  })

  return {
    available: Boolean(spaClient),
    user: query.data ?? undefined,
    isLoading: query.isFetching,
    needsInteraction: query.isError && !popup.isSuccess,
    signInWithPopup: () => popup.mutate(),
    popupError: popup.error,
    isPopupPending: popup.isPending,
    /** forgets the provider tokens held in memory */
    forget: async () => {
      await Promise.all([...managers.values()].map(async (m) => (await m).removeUser()))
    },
  }
}
