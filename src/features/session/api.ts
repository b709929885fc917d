import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import { useInstance } from '@/lib/instance/instance-provider'
import type { MytokenClient } from '@/lib/mytoken/api/client'
import { sessionStore } from '@/lib/mytoken/browser-state/session-store'
import { sessionNotice } from '@/lib/session/session-notice'
import { leftSessions } from './left-sessions'

/**
 * Revokes the session token at the server, then forgets everything (even when the server
 * cannot be reached: the token then simply expires). Never retried automatically.
 */
export function useSignOut(onSignedOut: () => void) {
  const { loadClient } = useInstance()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async () => {
      if (sessionStore.get())
        await (await loadClient()).revoke(sessionStore.credential(), { recursive: false })
    },
    onError: () => sessionNotice.set('sign-out-unconfirmed'),
    onSettled: () => {
      leftSessions.report(undefined)
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
