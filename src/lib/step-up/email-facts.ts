// What this tab learned about the user's e-mail address while the e-mail settings were unlocked
// (the session itself cannot read them). Memory only; other pages use it to know whether mails can
// be sent, e.g. to switch "e-mail me before this token expires" on by default.
import { useSyncExternalStore } from 'react'

export interface EmailFacts {
  /** the instance and the session these facts belong to */
  issuer: string
  sessionMomId: string
  verified: boolean
}

let current: EmailFacts | undefined
const listeners = new Set<() => void>()

export const emailFactsStore = {
  get: () => current,
  set(next: EmailFacts | undefined) {
    current = next
    listeners.forEach((listener) => listener())
  },
  subscribe(listener: () => void) {
    listeners.add(listener)
    return () => listeners.delete(listener)
  },
}

/** True / false once learned in this tab for this session; undefined when not known. */
export function useKnownEmailVerified(issuer: string, sessionMomId: string): boolean | undefined {
  const facts = useSyncExternalStore(emailFactsStore.subscribe, emailFactsStore.get)
  return facts && facts.issuer === issuer && facts.sessionMomId === sessionMomId
    ? facts.verified
    : undefined
}
