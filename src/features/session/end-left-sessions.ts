// The clean-up right after a sign-in: the sessions this browser left open are ended. Only the
// sign-in panel uses it, so it stays out of the first page's code (api.ts is on it for sign-out).
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { MytokenClient } from '@/lib/mytoken/api/client'
import { isMytokenError } from '@/lib/mytoken/api/errors'
import { sessionsLeftBehind } from '@/lib/mytoken/browser-state/browser-sessions'
import { sessionStore } from '@/lib/mytoken/browser-state/session-store'
import type { Session } from '@/lib/mytoken/browser-state/stored-session'
import { invalidateTokenData, tokenDataKey } from '@/lib/mytoken/queries/query-keys'
import { leftSessions, type LeftSessionsOutcome } from './left-sessions'

/**
 * Right after a sign-in, with the new session: revokes the earlier sessions this browser left
 * open (closed without "Sign out"), and only those. Each revocation stands on its own; only an
 * `invalid_token` answer (the new session itself is refused) stops it, and ends the session.
 */
async function endSessionsLeftBehind(
  client: MytokenClient,
  session: Session,
  browser: string,
): Promise<LeftSessionsOutcome> {
  const credential = sessionStore.credential()
  const left = sessionsLeftBehind(await client.listMytokens(credential), browser, session.momId)
  const outcome = { ended: 0, failed: false }
  for (const entry of left) {
    // another tab may have handed this one a different session meanwhile: then this clean-up
    // is no longer this browser's to do, and the session in use is never one to end
    const current = sessionStore.get()?.momId
    if (current !== session.momId || entry.mom_id === current) break
    try {
      await client.revoke(credential, { momId: entry.mom_id, recursive: true })
      outcome.ended++
    } catch (error) {
      if (isMytokenError(error, 'invalid_token')) throw error
      outcome.failed = true
    }
  }
  return outcome
}

/**
 * The clean-up after a sign-in as a mutation: never retried, never in the way of signing in.
 * What it did is told (`leftSessions`) only while the session it ran for is still the one.
 */
export function useEndSessionsLeftBehind() {
  const queryClient = useQueryClient()
  const stillCurrent = (session: Session) => sessionStore.get()?.momId === session.momId
  return useMutation({
    meta: { session: true },
    mutationFn: ({ client, session, browser }: EndSessionsLeftBehind) =>
      endSessionsLeftBehind(client, session, browser),
    onSuccess: (outcome, { session }) => {
      if (stillCurrent(session)) leftSessions.report(outcome)
    },
    onError: (_error, { session }) => {
      if (stillCurrent(session)) leftSessions.report({ ended: 0, failed: true })
    },
    onSettled: async (outcome, error, { client }) => {
      if (!error && !outcome?.ended) return
      // The page's first load of the list may still be in flight from before the revocations;
      // invalidating alone would join it (a query without data is not refetched), so it is
      // cancelled first and asked again.
      await queryClient.cancelQueries({ queryKey: tokenDataKey(client.issuer) })
      await invalidateTokenData(queryClient, client.issuer)
    },
  })
}

interface EndSessionsLeftBehind {
  client: MytokenClient
  session: Session
  browser: string
}
