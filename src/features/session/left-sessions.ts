// What the clean-up after a sign-in did about sessions this browser had left open (see
// src/lib/mytoken/browser-state/browser-sessions.ts), so the app can say so once.
import { createValueStore, useValueStore } from '@/lib/value-store'

export interface LeftSessionsOutcome {
  /** how many earlier sessions of this browser were revoked */
  ended: number
  /** whether looking for them or revoking one of them failed */
  failed: boolean
}

const outcome = createValueStore<LeftSessionsOutcome | undefined>(undefined)

export const leftSessions = {
  /** Remembers an outcome worth telling (something ended or failed); anything else clears it. */
  report(next: LeftSessionsOutcome | undefined) {
    outcome.set(next && (next.ended > 0 || next.failed) ? next : undefined)
  },
  get: outcome.get,
  subscribe: outcome.subscribe,
}

export function useLeftSessionsOutcome(): LeftSessionsOutcome | undefined {
  return useValueStore(outcome)
}
