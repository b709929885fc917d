// The create form's values for a successor: the old token's settings, times moved to start now.
import type { MytokenPayload } from '@/lib/mytoken/api/schemas'
import { shiftedToNow, type TokenSettings } from '@/lib/mytoken/browser-state/successor'
import { profileValues } from './presets'
import type { CreateTokenValues } from './schema'

export function successorValues(
  settings: TokenSettings,
  base: CreateTokenValues,
  nowSeconds: number,
): CreateTokenValues {
  const { capabilities, restrictions, rotation } = shiftedToNow(settings, nowSeconds)
  return profileValues({ capabilities, restrictions, rotation }, base, nowSeconds)
}

/** The settings a pasted (JWT) mytoken carries; its issue time is where its durations start. */
export function settingsOfPayload(payload: MytokenPayload, nowSeconds: number): TokenSettings {
  return {
    capabilities: payload.capabilities,
    restrictions: payload.restrictions,
    rotation: payload.rotation,
    createdAt: payload.iat ?? payload.nbf ?? nowSeconds,
  }
}
