// Step-up tokens: for changes the restricted session must not be able to make on its own (the
// e-mail address, settings, one access token …), the app asks the user for a short-lived extra
// token with exactly the capabilities needed, through the server's consent flow. It lives in
// memory only and is revoked at the server as soon as it is not needed. Two ways to use one:
// - one-shot (`useStepUp`, `runOnceAndRevoke`): used for one action, then revoked right away;
// - page-scoped (`usePageStepUp` in use-page-step-up.ts): held while a page is open, revoked when
//   the page is left or the user ends it.
// Every step-up token in use sits in the `stepUps` registry, which revokes them all on sign-out
// (or any other end of the session) and when the tab closes. The session never gains them.
import { useMutation } from '@tanstack/react-query'
import { useCallback, useRef } from 'react'
import { useConsentFlow, type ConsentFlow } from '../consent-flow/use-consent-flow'
import type { MytokenClient, OidcFlowRequest } from '../mytoken/api/client'
import { memoryCredential, type Credential } from '../mytoken/api/credential'
import type { MytokenResponse, Restriction } from '../mytoken/api/schemas'
import { sessionStore } from '../mytoken/browser-state/session-store'

export const STEP_UP_LIFETIME_SECONDS = 10 * 60

export interface StepUpSpec {
  providerIssuer: string
  /** what the extra token may do, e.g. ['settings:email'] */
  capabilities: string[]
  /** shown on the consent page as the token's name */
  purpose: string
  applicationName: string
  /** default STEP_UP_LIFETIME_SECONDS */
  lifetimeSeconds?: number
  /** further limits of the one restriction clause (default: 5 other uses; `exp` comes from the lifetime) */
  restrictions?: Omit<Restriction, 'exp' | 'nbf'>
}

/** Minutes of lifetime, a handful of uses, no access tokens (unless asked), no rotation. */
export function stepUpRequest(spec: StepUpSpec, nowMs: number): OidcFlowRequest {
  const lifetime = spec.lifetimeSeconds ?? STEP_UP_LIFETIME_SECONDS
  return {
    oidc_issuer: spec.providerIssuer,
    name: `${spec.applicationName} step-up: ${spec.purpose}`,
    application_name: spec.applicationName,
    capabilities: spec.capabilities,
    restrictions: [
      { ...(spec.restrictions ?? { usages_other: 5 }), exp: Math.floor(nowMs / 1000) + lifetime },
    ],
    // explicitly off, as for the session (v0.10.1's consent page fails otherwise)
    rotation: { on_AT: false, on_other: false },
    response_type: 'token',
  }
}

export interface StepUpGrant {
  token: string
  capabilities: string[]
  /** epoch ms */
  expiresAt: number
}

interface Entry {
  grant: StepUpGrant
  revoke: (options: { keepalive: boolean }) => Promise<void>
}

type Listener = (id: number) => void

/** Every step-up token this page holds, so that each can be revoked from anywhere. */
export function createStepUpRegistry() {
  const entries = new Map<number, Entry>()
  const endedListeners = new Set<Listener>()
  let nextId = 1

  async function end(id: number, keepalive = false): Promise<void> {
    const entry = entries.get(id)
    if (!entry) return
    entries.delete(id)
    endedListeners.forEach((listener) => listener(id))
    // a token that cannot be revoked (server unreachable) still expires within minutes
    await entry.revoke({ keepalive }).catch(() => undefined)
  }

  return {
    add(grant: StepUpGrant, revoke: Entry['revoke']): number {
      const id = nextId++
      entries.set(id, { grant, revoke })
      return id
    },
    grant: (id: number) => entries.get(id)?.grant,
    end,
    endAll: (keepalive = false) =>
      Promise.all([...entries.keys()].map((id) => end(id, keepalive))).then(() => undefined),
    get size() {
      return entries.size
    },
    /** told whenever a step-up ends, whoever ended it */
    onEnded(listener: Listener): () => void {
      endedListeners.add(listener)
      return () => endedListeners.delete(listener)
    },
  }
}

export type StepUpRegistry = ReturnType<typeof createStepUpRegistry>

/** The one registry of the running app. */
export const stepUps = createStepUpRegistry()

// Sign-out (or a session that ended in any other way) ends every step-up with it.
sessionStore.subscribe(() => {
  if (!sessionStore.get()) void stepUps.endAll()
})
if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', () => void stepUps.endAll(true))
}

/** Puts a step-up answer into the registry; the id ends (revokes) it. */
export function holdStepUp(client: MytokenClient, result: MytokenResponse, nowMs: number): number {
  const token = result.mytoken
  if (!token) throw new Error('The server returned no token')
  return stepUps.add(
    {
      token,
      capabilities: result.capabilities ?? [],
      expiresAt: nowMs + (result.expires_in ?? STEP_UP_LIFETIME_SECONDS) * 1000,
    },
    ({ keepalive }) => client.revokeToken(token, false, { keepalive }),
  )
}

/** Runs `work` with the step-up token, then revokes it whatever happened. */
export async function runOnceAndRevoke<T>(
  client: MytokenClient,
  result: MytokenResponse,
  work: (credential: Credential) => Promise<T>,
): Promise<T> {
  const id = holdStepUp(client, result, Date.now())
  try {
    return await work(memoryCredential(result.mytoken ?? ''))
  } finally {
    await stepUps.end(id)
  }
}

export interface StepUp<T> {
  /** call from a click/submit handler: opens the consent tab synchronously */
  start: (spec: StepUpSpec, work: (credential: Credential) => Promise<T>) => void
  flow: ConsentFlow
  action: {
    status: 'idle' | 'pending' | 'success' | 'error'
    error: Error | null
    data: T | undefined
  }
  reset: () => void
}

/** One-shot: approve, run `work` once with the token, revoke it. */
export function useStepUp<T>(client: MytokenClient | undefined): StepUp<T> {
  const work = useRef<((credential: Credential) => Promise<T>) | null>(null)
  const action = useMutation({
    gcTime: 0,
    mutationFn: (result: MytokenResponse) => {
      if (!client || !work.current) throw new Error('The mytoken server is not ready yet')
      return runOnceAndRevoke(client, result, work.current)
    },
  })
  const { mutate, reset: resetAction } = action
  const flow = useConsentFlow(client, (result) => mutate(result))
  const { start: startFlow, cancel: resetFlow } = flow
  const start = useCallback(
    (spec: StepUpSpec, next: (credential: Credential) => Promise<T>) => {
      work.current = next
      resetAction()
      startFlow(stepUpRequest(spec, Date.now()))
    },
    [resetAction, startFlow],
  )
  const reset = useCallback(() => {
    resetFlow()
    resetAction()
  }, [resetFlow, resetAction])
  return {
    start,
    flow,
    action: { status: action.status, error: action.error, data: action.data },
    reset,
  }
}
