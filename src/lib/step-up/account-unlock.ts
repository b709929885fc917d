// One unlock for the account settings the session must not touch (grant types, SSH keys, the
// e-mail settings): Settings and the Notifications page's e-mail settings share it, so a single
// approval serves both, across page changes, until it ends (see use-page-step-up.ts).
import { useSharedStepUp, type PageStepUp, type PageStepUpSpec } from './use-page-step-up'

export const ACCOUNT_UNLOCK_SECONDS = 10 * 60
export const ACCOUNT_UNLOCK_MINUTES = ACCOUNT_UNLOCK_SECONDS / 60

// the lifetime is the limit, not a count: the pages read and change as often as the user works
const lasting = { lifetimeSeconds: ACCOUNT_UNLOCK_SECONDS, restrictions: {} }

/** Reading grant types, SSH keys and the e-mail settings. */
export const ACCOUNT_VIEW: PageStepUpSpec = {
  purpose: 'view: e-mail settings, grant types and SSH keys',
  capabilities: ['read@settings:grants', 'read@settings:grants:ssh', 'read@settings:email'],
  ...lasting,
}

/** Reading and changing them. */
export const ACCOUNT_CHANGE: PageStepUpSpec = {
  purpose: 'e-mail settings, grant types and SSH keys',
  capabilities: ['settings:grants', 'settings:grants:ssh', 'settings:email'],
  ...lasting,
}

export function useAccountUnlock(): PageStepUp {
  return useSharedStepUp('account settings')
}
