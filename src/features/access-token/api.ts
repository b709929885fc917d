import { useCallback } from 'react'
import type { MytokenClient } from '@/lib/mytoken/api/client'
import type { AccessTokenResponse } from '@/lib/mytoken/api/schemas'
import { useStepUp } from '@/lib/step-up/step-up'
import type { AccessTokenPlan } from './model'

export interface ObtainedAccessToken {
  response: AccessTokenResponse
  plan: AccessTokenPlan
  /** epoch ms when the answer arrived; the expiry counts from here */
  receivedAt: number
}

/**
 * One access token through a step-up mytoken: the consent flow approves it, the access-token
 * request uses it once, and it is revoked right after, whatever happened (`runOnceAndRevoke`).
 * The result lives in this hook's memory only (the mutation is dropped once not shown).
 */
export function useOneAccessToken(client: MytokenClient) {
  const stepUp = useStepUp<ObtainedAccessToken>(client)
  const { start: startStepUp } = stepUp
  const start = useCallback(
    (plan: AccessTokenPlan) =>
      startStepUp(plan.spec, async (credential) => {
        const response = await client.getAccessToken(credential, plan.options)
        return { response, plan, receivedAt: Date.now() }
      }),
    [client, startStepUp],
  )
  return { ...stepUp, start }
}
