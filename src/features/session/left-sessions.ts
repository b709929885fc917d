// What the clean-up after a sign-in did about sessions this browser had left open (see
// src/lib/mytoken/browser-state/browser-sessions.ts), so the app can say so once.
import { useSyncExternalStore } from 'react'

export interface LeftSessionsOutcome {
  /** how many earlier sessions of this browser were revoked */
  ended: number
  /** whether looking for them or revoking one of them failed */
  failed: boolean
}

let outcome: LeftSessionsOutcome | undefined
const listeners = new Set<() => void>()

export const leftSessions = {
  /** Remembers an outcome worth telling (something ended or failed); anything else clears it. */
  report(next: LeftSessionsOutcome | undefined) {
    outcome = next && (next.ended > 0 || next.failed) ? next : undefined
    listeners.forEach((listener) => listener())
  },
  get: () => outcome,
  subscribe(listener: () => void) {
    listeners.add(listener)
    return () => listeners.delete(listener)
  },
}

export function useLeftSessionsOutcome(): LeftSessionsOutcome | undefined {
  return useSyncExternalStore(leftSessions.subscribe, leftSessions.get, leftSessions.get)
}
