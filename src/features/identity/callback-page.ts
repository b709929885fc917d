// Script of /auth/callback.html: hands the provider's answer back to the app window that
// started a popup or silent (iframe) sign-in. It holds nothing itself.
import { UserManager } from 'oidc-client-ts'
import { CALLBACK_PATH } from './scopes'

const manager = new UserManager({
  authority: window.location.origin,
  client_id: 'callback-only',
  redirect_uri: `${window.location.origin}${CALLBACK_PATH}`,
})

const finish =
  window.parent !== window ? manager.signinSilentCallback() : manager.signinPopupCallback()
finish.catch((error: unknown) => {
  document.body.textContent = `Sign-in could not be completed: ${error instanceof Error ? error.message : String(error)}`
})
