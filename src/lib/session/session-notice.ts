// Why the last session ended without the user signing out, so the UI can say so once.
import { useSyncExternalStore } from 'react'

/** expired / revoked: the server stopped accepting the session; sign-out-unconfirmed: signed out
 * here, but the server could not be reached to revoke the session token (it then expires). */
export type SessionEndReason = 'expired' | 'revoked' | 'sign-out-unconfirmed'

let reason: SessionEndReason | undefined
const listeners = new Set<() => void>()

export const sessionNotice = {
  set(next: SessionEndReason | undefined) {
    reason = next
    listeners.forEach((listener) => listener())
  },
  get: () => reason,
  subscribe(listener: () => void) {
    listeners.add(listener)
    return () => listeners.delete(listener)
  },
}

export function useSessionNotice(): SessionEndReason | undefined {
  return useSyncExternalStore(sessionNotice.subscribe, sessionNotice.get, sessionNotice.get)
}
