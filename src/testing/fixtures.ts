// Shared test data: a discovery document for a fake instance, a signed-in session (mytoken JWTs:
// mytoken-jwt.ts).
import { discoverySchema, type Discovery } from '@/lib/mytoken/api/schemas'
import { sessionStore } from '@/lib/mytoken/browser-state/session-store'

export const TEST_ISSUER = 'https://mytoken.example'

/** The discovery document of a test instance at `issuer` with every endpoint the app uses. */
export function testDiscovery(
  issuer = TEST_ISSUER,
  extra: Record<string, unknown> = {},
): Discovery {
  return discoverySchema.parse({
    issuer,
    access_token_endpoint: `${issuer}/api/v0/token/access`,
    mytoken_endpoint: `${issuer}/api/v0/token/my`,
    tokeninfo_endpoint: `${issuer}/api/v0/tokeninfo`,
    revocation_endpoint: `${issuer}/api/v0/token/revoke`,
    jwks_uri: `${issuer}/jwks`,
    providers_supported: [],
    ...extra,
  })
}

/** Signs in (session store only) with the session token `session-token`, mom id `session`. */
export function signInForTest(instanceIssuer = TEST_ISSUER) {
  sessionStore.set({
    instanceIssuer,
    providerIssuer: 'https://op.example',
    token: 'session-token',
    momId: 'session',
    expiresAt: undefined,
    signedInAt: 0,
  })
}
