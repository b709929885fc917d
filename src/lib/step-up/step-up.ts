// Step-up: for what the session must not do on its own (reading or changing the e-mail settings,
// `settings:email`), the app asks the user for a short-lived extra token through the server's
// consent flow. One approval unlocks that part of the page: the token is held in memory while the
// user works there and revoked when they lock it, leave, or its minutes run out.
import { useCallback, useEffect, useRef, useState } from 'react'
import { useConsentFlow, type ConsentFlow } from '../consent-flow/use-consent-flow'
import type { MytokenClient, OidcFlowRequest } from '../mytoken/client'
import { STEP_UP_NAME_PREFIX } from '../mytoken/app-name'
import { memoryCredential, type Credential } from '../mytoken/credential'

export const STEP_UP_LIFETIME_SECONDS = 10 * 60
/** Reads count as uses too (e.g. `email_settings_listed`): enough for a few minutes of work. */
export const STEP_UP_MAX_USES = 25
// mytoken v0.10.1 dereferences `usages_AT` while checking `usages_other` from the second use on
// (restriction.go, verifyOtherUsageCounts): a clause with only `usages_other` answers 500 then.
// `usages_AT: 0` is what the step-up means anyway (it has no `AT` capability).

export interface StepUpSpec {
  providerIssuer: string
  /** what the extra token may do, e.g. ['settings:email'] */
  capabilities: string[]
  /** shown on the consent page as the token's name */
  purpose: string
  applicationName: string
}

/** Minutes of lifetime, a limited number of uses, no access tokens, no rotation. */
export function stepUpRequest(spec: StepUpSpec, nowMs: number): OidcFlowRequest {
  return {
    oidc_issuer: spec.providerIssuer,
    name: `${STEP_UP_NAME_PREFIX}${spec.purpose}`,
    application_name: spec.applicationName,
    capabilities: spec.capabilities,
    restrictions: [
      {
        exp: Math.floor(nowMs / 1000) + STEP_UP_LIFETIME_SECONDS,
        usages_AT: 0,
        usages_other: STEP_UP_MAX_USES,
      },
    ],
    rotation: { on_AT: false, on_other: false },
    response_type: 'token',
  }
}

export interface HeldStepUp {
  /** call from a click handler: opens the consent tab synchronously */
  unlock: (spec: StepUpSpec) => void
  /** revokes the held token at once (also done on unmount and when it expires) */
  lock: () => void
  flow: ConsentFlow
  /** set while unlocked; memory only */
  credential: Credential | undefined
  /** epoch ms when the held token stops working */
  expiresAtMs: number | undefined
}

export function useHeldStepUp(client: MytokenClient | undefined): HeldStepUp {
  const [held, setHeldState] = useState<{ credential: Credential; expiresAtMs: number }>()
  // the held credential for revoking from callbacks and on unmount; set with the state
  const heldRef = useRef<typeof held>(undefined)
  const setHeld = useCallback((next: typeof held) => {
    heldRef.current = next
    setHeldState(next)
  }, [])
  const clientRef = useRef(client)
  useEffect(() => {
    clientRef.current = client
  }, [client])

  const revoke = useCallback((credential: Credential | undefined) => {
    if (credential)
      void clientRef.current?.revokeToken(credential.token(), false).catch(() => undefined)
  }, [])

  const flow = useConsentFlow(client, (result) => {
    if (!result.mytoken) return
    revoke(heldRef.current?.credential)
    const lifetime = result.expires_in ?? STEP_UP_LIFETIME_SECONDS
    setHeld({
      credential: memoryCredential(result.mytoken),
      expiresAtMs: Date.now() + lifetime * 1000,
    })
  })
  const { start, cancel } = flow

  const lock = useCallback(() => {
    revoke(heldRef.current?.credential)
    setHeld(undefined)
    cancel()
  }, [revoke, cancel, setHeld])

  const unlock = useCallback(
    (spec: StepUpSpec) => {
      revoke(heldRef.current?.credential)
      setHeld(undefined)
      start(stepUpRequest(spec, Date.now()))
    },
    [revoke, start, setHeld],
  )

  // expiry: forget it when its time is up (the server refuses it from then on anyway)
  useEffect(() => {
    if (!held) return
    const id = window.setTimeout(
      () => setHeld(undefined),
      Math.max(0, held.expiresAtMs - Date.now()),
    )
    return () => window.clearTimeout(id)
  }, [held, setHeld])

  // leaving the page revokes it
  useEffect(() => () => revoke(heldRef.current?.credential), [revoke])

  return {
    unlock,
    lock,
    flow,
    credential: held?.credential,
    expiresAtMs: held?.expiresAtMs,
  }
}
