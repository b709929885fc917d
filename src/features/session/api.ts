import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import type { MytokenClient } from '@/lib/mytoken/client'
import { sessionStore } from '@/lib/mytoken/session-store'
import { useInstance } from '@/lib/instance/instance-provider'
import { sessionNotice } from '@/lib/session/session-notice'

export {
  SESSION_CAPABILITIES,
  SESSION_LIFETIME_SECONDS,
  sessionFromResult,
  sessionTokenRequest,
} from './session-request'

/**
 * Revokes the session token at the server, then forgets everything (even when the server
 * cannot be reached: the token then simply expires). Never retried automatically.
 */
export function useSignOut(onSignedOut: () => void) {
  const { loadClient } = useInstance()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async () => {
      const session = sessionStore.get()
      if (session) await (await loadClient()).revokeToken(session.token, false)
    },
    onError: () => sessionNotice.set('sign-out-unconfirmed'),
    onSettled: () => {
      sessionStore.clear()
      queryClient.clear()
      onSignedOut()
    },
  })
}

/** How often a visible tab asks whether the server still accepts the session. */
export const SESSION_WATCH_INTERVAL_MS = 50_000

export const sessionQueries = {
  all: (issuer: string) => ['mytoken', issuer, 'session'] as const,
  /** Asks the server whether it still accepts the session (introspection: no usage, no rotation). */
  status: (api: MytokenClient, sessionMomId: string) =>
    queryOptions({
      queryKey: [...sessionQueries.all(api.issuer), 'status', sessionMomId] as const,
      queryFn: () => api.introspect(sessionStore.credential()),
      meta: { session: true },
      staleTime: 60_000,
    }),
}
