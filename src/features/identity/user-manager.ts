import { InMemoryWebStorage, UserManager, WebStorageStateStore } from 'oidc-client-ts'

export const IDENTITY_SCOPES = ['openid', 'profile', 'email', 'eduperson_unique_id']

/** The claims each requested scope asks the provider to release. */
export const CLAIMS_BY_SCOPE: Record<string, string[]> = {
  profile: ['name', 'given_name', 'family_name', 'preferred_username'],
  email: ['email', 'email_verified'],
  eduperson_unique_id: ['eduperson_unique_id'],
}

export const CALLBACK_PATH = '/auth/callback.html'

/**
 * A UserManager for the provider's public PKCE client. Tokens and sign-in state stay in
 * memory (InMemoryWebStorage): a provider access token is valid at other services, so it must
 * not reach any browser storage. Popup and silent sign-in finish in this window, so in-memory
 * state is enough.
 */
export function createUserManager(
  providerIssuer: string,
  clientId: string,
  origin = window.location.origin,
) {
  const memory = new InMemoryWebStorage()
  return new UserManager({
    authority: providerIssuer,
    client_id: clientId,
    redirect_uri: `${origin}${CALLBACK_PATH}`,
    popup_redirect_uri: `${origin}${CALLBACK_PATH}`,
    silent_redirect_uri: `${origin}${CALLBACK_PATH}`,
    response_type: 'code',
    scope: IDENTITY_SCOPES.join(' '),
    loadUserInfo: true,
    automaticSilentRenew: false,
    monitorSession: false,
    userStore: new WebStorageStateStore({ store: memory }),
    stateStore: new WebStorageStateStore({ store: memory }),
    silentRequestTimeoutInSeconds: 8,
  })
}
