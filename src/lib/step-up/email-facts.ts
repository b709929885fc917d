// What this tab learned about the user's e-mail address while the e-mail settings were unlocked
// (the session itself cannot read them). Memory only; other pages use it to know whether mails can
// be sent, e.g. to leave "e-mail me before this token expires" off once the address is known
// unverified.
import type { MytokenClient } from '../mytoken/api/client'
import { createValueStore, useValueStore } from '../value-store'

export interface EmailFacts {
  /** the instance and the session these facts belong to */
  issuer: string
  sessionMomId: string
  verified: boolean
  /** the instance sends no mails: its e-mail settings route answered 404 */
  mailOff: boolean
}

export const emailFactsStore = createValueStore<EmailFacts | undefined>(undefined)

function useFacts(issuer: string, sessionMomId: string): EmailFacts | undefined {
  const facts = useValueStore(emailFactsStore)
  return facts && facts.issuer === issuer && facts.sessionMomId === sessionMomId ? facts : undefined
}

/** True / false once learned in this tab for this session; undefined when not known. */
export function useKnownEmailVerified(issuer: string, sessionMomId: string): boolean | undefined {
  return useFacts(issuer, sessionMomId)?.verified
}

/**
 * Whether to offer mails. No request tells it without a settings token and an error answer (the
 * settings route answers 401 without one, which every browser logs): an instance with a
 * notifications endpoint is taken to send mails until an unlocked read of the settings says not.
 */
export function useMailOffered(client: MytokenClient, sessionMomId: string): boolean {
  const mailOff = useFacts(client.issuer, sessionMomId)?.mailOff ?? false
  return Boolean(client.discovery.notifications_endpoint) && !mailOff
}
