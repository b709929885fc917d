import { useSyncExternalStore } from 'react'
import {
  shareSessionAcrossTabs,
  type SessionSharing,
} from '../mytoken/browser-state/session-sharing'
import { sessionStore } from '../mytoken/browser-state/session-store'
import type { Session } from '../mytoken/browser-state/stored-session'
import { useHydrated } from '../use-hydrated'

/**
 * The signed-in session (without ever rendering its token), or undefined. The prerendered
 * shell and its hydration are rendered signed out; the session appears right after, in the
 * hydrated render (a transition, see HydrationBoundary). The store's snapshot is the same
 * during hydration, so React does not force a synchronous re-render when it differs from the
 * shell's.
 */
export function useSession(): Session | undefined {
  const hydrated = useHydrated()
  const session = useSyncExternalStore(sessionStore.subscribe, sessionStore.get, sessionStore.get)
  return hydrated ? session : undefined
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
