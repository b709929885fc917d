// Step-up: for one change the session must not be able to make on its own (e.g. the e-mail
// address, `settings:email`), the app asks the user for a short-lived extra token through the
// server's consent flow, uses it once from memory and revokes it right away.
import { useMutation } from '@tanstack/react-query'
import { useCallback, useRef } from 'react'
import { useConsentFlow, type ConsentFlow } from '../consent-flow/use-consent-flow'
import type { MytokenClient, OidcFlowRequest } from '../mytoken/client'
import { memoryCredential, type Credential } from '../mytoken/credential'
import type { MytokenResponse, Restriction } from '../mytoken/schemas'

export const STEP_UP_LIFETIME_SECONDS = 10 * 60

export interface StepUpSpec {
  providerIssuer: string
  /** what the extra token may do, e.g. ['settings:email'] */
  capabilities: string[]
  /** shown on the consent page as the token's name */
  purpose: string
  applicationName: string
  /** further limits of the one restriction clause (default: 5 other uses; `exp` comes from the lifetime) */
  restrictions?: Omit<Restriction, 'exp' | 'nbf'>
}

/** Minutes of lifetime, a handful of uses, no access tokens (unless asked), no rotation. */
export function stepUpRequest(spec: StepUpSpec, nowMs: number): OidcFlowRequest {
  return {
    oidc_issuer: spec.providerIssuer,
    name: `${spec.applicationName} step-up: ${spec.purpose}`,
    application_name: spec.applicationName,
    capabilities: spec.capabilities,
    restrictions: [
      {
        ...(spec.restrictions ?? { usages_other: 5 }),
        exp: Math.floor(nowMs / 1000) + STEP_UP_LIFETIME_SECONDS,
      },
    ],
    rotation: { on_AT: false, on_other: false },
    response_type: 'token',
  }
}

/** Runs `work` with the step-up token, then revokes it whatever happened. */
export async function runOnceAndRevoke<T>(
  client: MytokenClient,
  result: MytokenResponse,
  work: (credential: Credential) => Promise<T>,
): Promise<T> {
  if (!result.mytoken) throw new Error('The server returned no token')
  const credential = memoryCredential(result.mytoken)
  try {
    return await work(credential)
  } finally {
    await client.revokeToken(credential.token(), false).catch(() => undefined)
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
