import { useSyncExternalStore } from 'react'
import { shareSessionAcrossTabs, type SessionSharing } from '../mytoken/session-sharing'
import { sessionStore, type Session } from '../mytoken/session-store'

const signedOutShell = () => undefined

/**
 * The signed-in session (without ever rendering its token), or undefined. The prerendered
 * shell and its hydration are rendered signed out; the session appears right after.
 */
export function useSession(): Session | undefined {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.get, signedOutShell)
}

let sharing: SessionSharing | undefined

/** Called once at start: the app's tabs share one session (see session-sharing.ts). */
export function startSessionSharing(): void {
  sharing ??= shareSessionAcrossTabs(sessionStore)
}

const noSharing = { handoverPending: () => false, subscribe: () => () => {} }

/** true for a moment in a new tab, while another tab may still hand over its session. */
export function useSessionHandoverPending(): boolean {
  const source = sharing ?? noSharing
  return useSyncExternalStore(source.subscribe, source.handoverPending, source.handoverPending)
}
