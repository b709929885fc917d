// What the app asks the server for when a user signs in, and the session it keeps from the answer.
// Pure (no React, no browser): the end-to-end tests build their signed-in sessions with these same
// functions (e2e/session-over-http.ts), so the tests' sessions cannot drift from the app's.
import type { OidcFlowRequest } from '../../lib/mytoken/api/client'
import type { MytokenResponse } from '../../lib/mytoken/api/schemas'
import { sessionTokenName } from '../../lib/mytoken/browser-state/browser-sessions'
import type { Session } from '../../lib/mytoken/browser-state/stored-session'
import { SESSION_APPLICATION_NAME } from '../../lib/mytoken/vocabulary/app-name'

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
