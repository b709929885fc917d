import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import { SESSION_APPLICATION_NAME, SESSION_TOKEN_NAME } from '@/lib/mytoken/app-name'
import type { MytokenClient, OidcFlowRequest } from '@/lib/mytoken/client'
import type { MytokenResponse } from '@/lib/mytoken/schemas'
import { sessionStore, type Session } from '@/lib/mytoken/session-store'
import { useInstance } from '@/lib/instance/instance-provider'
import { sessionNotice } from '@/lib/session/session-notice'

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

/** The restricted token the app holds as its session (no `AT`, no rotation, hours of expiry). */
export function sessionTokenRequest(providerIssuer: string, nowMs: number): OidcFlowRequest {
  return {
    oidc_issuer: providerIssuer,
    name: SESSION_TOKEN_NAME,
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
