// Why the last session ended without the user signing out, so the UI can say so once.
import { createValueStore, useValueStore } from '../value-store'

/** expired / revoked: the server stopped accepting the session; sign-out-unconfirmed: signed out
 * here, but the server could not be reached to revoke the session token (it then expires). */
export type SessionEndReason = 'expired' | 'revoked' | 'sign-out-unconfirmed'

export const sessionNotice = createValueStore<SessionEndReason | undefined>(undefined)

export function useSessionNotice(): SessionEndReason | undefined {
  return useValueStore(sessionNotice)
}
