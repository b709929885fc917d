// Step-up tokens: short-lived mytokens with exactly the capabilities one page needs (settings,
// one access token …), approved by the user through the server's consent flow, held in memory
// only and revoked at the server as soon as they are not needed — when the page is left, when
// the user ends them, when the session ends, or when the tab closes. The session token never
// gains these capabilities. Pure logic, no React.
import { APPLICATION_NAME } from '../mytoken/app-name'
import type { OidcFlowRequest } from '../mytoken/client'
import type { Restriction } from '../mytoken/schemas'
import { sessionStore } from '../mytoken/session-store'

export interface StepUpSpec {
  /** shown in the user's token list: `mytoken-web step-up: <purpose>` */
  purpose: string
  capabilities: string[]
  lifetimeSeconds: number
  /** further limits of the one restriction clause (its `exp` is set from the lifetime) */
  restrictions?: Omit<Restriction, 'exp' | 'nbf'>
}

export const stepUpTokenName = (purpose: string) => `${APPLICATION_NAME} step-up: ${purpose}`

export function stepUpRequest(
  spec: StepUpSpec,
  providerIssuer: string,
  nowMs: number,
): OidcFlowRequest {
  return {
    oidc_issuer: providerIssuer,
    name: stepUpTokenName(spec.purpose),
    application_name: APPLICATION_NAME,
    capabilities: spec.capabilities,
    restrictions: [{ ...spec.restrictions, exp: Math.floor(nowMs / 1000) + spec.lifetimeSeconds }],
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
