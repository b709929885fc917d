import { InMemoryWebStorage, UserManager, WebStorageStateStore } from 'oidc-client-ts'
import { CALLBACK_PATH, IDENTITY_SCOPES } from './scopes'

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
