import { useSyncExternalStore } from 'react'
import { sessionStore, type Session } from '../mytoken/session-store'

/** The signed-in session (without ever rendering its token), or undefined. */
export function useSession(): Session | undefined {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.get, sessionStore.get)
}
