import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import { SESSION_APPLICATION_NAME } from '@/lib/mytoken/app-name'
import { sessionsLeftBehind, sessionTokenName } from '@/lib/mytoken/browser-sessions'
import type { MytokenClient, OidcFlowRequest } from '@/lib/mytoken/client'
import { isMytokenError } from '@/lib/mytoken/errors'
import { invalidateTokenData, tokenDataKey } from '@/lib/mytoken/query-keys'
import type { MytokenResponse } from '@/lib/mytoken/schemas'
import { sessionStore, type Session } from '@/lib/mytoken/session-store'
import { useInstance } from '@/lib/instance/instance-provider'
import { sessionNotice } from '@/lib/session/session-notice'
import { leftSessions, type LeftSessionsOutcome } from './left-sessions'

export const SESSION_LIFETIME_SECONDS = 8 * 60 * 60
/**
 * Enough to list, inspect and revoke the user's tokens and to manage their notifications and
 * calendars — and nothing that mints access tokens, creates tokens or widens the session.
 * No `settings` capability at all, not even reading: the e-mail settings take a step-up token.
 */
export const SESSION_CAPABILITIES = [
  'tokeninfo:introspect',
  'manage_mytokens:list',
  'manage_mytokens:history',
  'manage_mytokens:revoke',
  'manage_mytokens:notify',
]

/**
 * The restricted token the app holds as its session (no `AT`, no rotation, hours of expiry),
 * named for the browser that asks for it (`browserId()`).
 */
export function sessionTokenRequest(
  providerIssuer: string,
  nowMs: number,
  browser: string,
): OidcFlowRequest {
  return {
    oidc_issuer: providerIssuer,
    name: sessionTokenName(browser),
    application_name: SESSION_APPLICATION_NAME,
    capabilities: SESSION_CAPABILITIES,
    restrictions: [{ exp: Math.floor(nowMs / 1000) + SESSION_LIFETIME_SECONDS }],
    // explicitly off: mytoken v0.10.1 answers 500 when the user turns rotation on at its consent
    // page for a request that carried no rotation object (the app handles token_update either way)
    rotation: { on_AT: false, on_other: false },
    response_type: 'token',
  }
}

export function sessionFromResult(
  result: MytokenResponse,
  instanceIssuer: string,
  providerIssuer: string,
  nowMs: number,
): Session {
  if (!result.mytoken) throw new Error('The server returned no session token')
  return {
    instanceIssuer,
    providerIssuer,
    token: result.mytoken,
    momId: result.mom_id ?? '',
    expiresAt: result.expires_in !== undefined ? nowMs + result.expires_in * 1000 : undefined,
    signedInAt: nowMs,
  }
}

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
      leftSessions.report(undefined)
      sessionStore.clear()
      queryClient.clear()
      onSignedOut()
    },
  })
}

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
    try {
      await client.revokeByMomId(credential, entry.mom_id, true)
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
