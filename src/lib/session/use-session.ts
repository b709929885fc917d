import { useSyncExternalStore } from 'react'
import { sessionStore, type Session } from '../mytoken/session-store'

const signedOutShell = () => undefined

/**
 * The signed-in session (without ever rendering its token), or undefined. The prerendered
 * shell and its hydration are rendered signed out; the session appears right after.
 */
export function useSession(): Session | undefined {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.get, signedOutShell)
}
