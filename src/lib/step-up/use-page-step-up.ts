// The lasting use of a step-up token (see step-up.ts): held in a named slot for its whole
// lifetime, so that every page asking for that slot (Settings and the e-mail settings share one)
// uses the same approval, also after the user went elsewhere and came back. Memory only; revoked
// on `end()` ("Lock now"), when it expires, on sign-out and when the tab closes (the registry).
import { useCallback, useMemo, useSyncExternalStore } from 'react'
import { useConsentFlow, type ConsentFlow } from '../consent-flow/use-consent-flow'
import { useMytokenClient } from '../instance/instance-provider'
import { memoryCredential, type Credential } from '../mytoken/api/credential'
import type { MytokenResponse } from '../mytoken/api/schemas'
import { APPLICATION_NAME } from '../mytoken/vocabulary/app-name'
import { useSession } from '../session/use-session'
import { holdStepUp, stepUpRequest, stepUps, type StepUpSpec } from './step-up'

export type StepUpEnd = 'expired' | 'ended'

/** A page's step-up: the provider is the session's, the application name the app's. */
export type PageStepUpSpec = Omit<StepUpSpec, 'providerIssuer' | 'applicationName'>

export interface PageStepUp {
  /** the approval in progress (ConsentProgress shows it) */
  flow: ConsentFlow
  /** Call from a click handler (the consent tab opens synchronously). */
  request: (spec: PageStepUpSpec) => void
  /** Revokes the token at the server now. */
  end: () => void
  active: { credential: Credential; capabilities: string[]; expiresAt: number } | undefined
  /** why the last step-up of this slot ended, once it has */
  ended: StepUpEnd | undefined
}

interface Held {
  id: number
  /** the instance the token belongs to */
  issuer: string
  expiryTimer: ReturnType<typeof setTimeout>
}

/** The step-up held in each slot, and why each slot's last one ended. */
export function createStepUpSlots(registry = stepUps) {
  const held = new Map<string, Held>()
  const endings = new Map<string, StepUpEnd>()
  const listeners = new Set<() => void>()
  let version = 0
  const changed = () => {
    version += 1
    listeners.forEach((listener) => listener())
  }

  function end(slot: string, reason: StepUpEnd) {
    const entry = held.get(slot)
    if (!entry) return
    endings.set(slot, reason)
    void registry.end(entry.id)
  }

  // ended anywhere (here, sign-out, the tab closing): the slot is empty
  registry.onEnded((id) => {
    for (const [slot, entry] of held) {
      if (entry.id !== id) continue
      clearTimeout(entry.expiryTimer)
      held.delete(slot)
      if (!endings.has(slot)) endings.set(slot, 'ended')
      changed()
    }
  })

  return {
    /** Puts a registry entry into the slot; the one it held before is revoked. */
    hold(slot: string, id: number, issuer: string) {
      const previous = held.get(slot)
      const expiresAt = registry.grant(id)?.expiresAt ?? Date.now()
      const expiryTimer = setTimeout(
        () => end(slot, 'expired'),
        Math.max(0, expiresAt - Date.now()),
      )
      held.set(slot, { id, issuer, expiryTimer })
      endings.delete(slot)
      changed()
      if (previous) {
        clearTimeout(previous.expiryTimer)
        void registry.end(previous.id)
      }
    },
    end,
    /** the registry id held for this instance, if any */
    heldId: (slot: string, issuer: string) => {
      const entry = held.get(slot)
      return entry && entry.issuer === issuer ? entry.id : undefined
    },
    ending: (slot: string) => endings.get(slot),
    subscribe(listener: () => void) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    version: () => version,
  }
}

export type StepUpSlots = ReturnType<typeof createStepUpSlots>

// The slots of the running app, made on first use rather than while this module is evaluated: the
// bundler may put this module and the registry (step-up.ts) into chunks that import each other,
// and then `stepUps` is still unset here.
let slots: StepUpSlots | undefined
const stepUpSlots = () => (slots ??= createStepUpSlots())

/**
 * The step-up token of a slot, shared by every page that names the slot: requested through the
 * consent flow, kept until it expires, `end()`, sign-out or the tab closing (not when the page
 * is left).
 */
export function useSharedStepUp(slot: string): PageStepUp {
  const client = useMytokenClient()
  const session = useSession()
  const { subscribe, version } = stepUpSlots()
  useSyncExternalStore(subscribe, version, version)

  const adopt = useCallback(
    (result: MytokenResponse) => {
      if (!result.mytoken) return
      stepUpSlots().hold(slot, holdStepUp(client, result, Date.now()), client.issuer)
    },
    [client, slot],
  )
  const flow = useConsentFlow(client, adopt)
  const { start, cancel: reset } = flow

  const id = stepUpSlots().heldId(slot, client.issuer)
  const grant = id !== undefined ? stepUps.grant(id) : undefined
  const active = useMemo(
    () =>
      grant
        ? {
            credential: memoryCredential(grant.token),
            capabilities: grant.capabilities,
            expiresAt: grant.expiresAt,
          }
        : undefined,
    [grant],
  )

  const request = useCallback(
    (spec: PageStepUpSpec) => {
      if (!session) return
      start(
        stepUpRequest(
          { ...spec, providerIssuer: session.providerIssuer, applicationName: APPLICATION_NAME },
          Date.now(),
        ),
      )
    },
    [session, start],
  )
  const end = useCallback(() => {
    reset()
    stepUpSlots().end(slot, 'ended')
  }, [reset, slot])

  return { flow, request, end, active, ended: active ? undefined : stepUpSlots().ending(slot) }
}
