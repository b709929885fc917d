import { useMemo, useState } from 'react'
import { useSearchParams } from 'react-router'
import type { Discovery, MytokenPayload } from '@/lib/mytoken/api/schemas'
import {
  createdSettings,
  SUCCESSOR_PARAM,
  type TokenSettings,
} from '@/lib/mytoken/browser-state/successor'
import { nowSeconds } from '@/lib/mytoken/vocabulary/durations'
import { valuesFromParams } from './presets'
import type { CreateTokenValues } from './schema'
import { settingsOfPayload, successorValues } from './successor'

/**
 * `?successor=<mom_id>`: the form starts from the link's values (name, lifetime, known limits)
 * plus the old token's settings when this tab created it or the user pastes it.
 */
export function useSuccessor(issuer: string | undefined, discovery: Discovery | undefined) {
  const [params] = useSearchParams()
  const momId = params.get(SUCCESSOR_PARAM) ?? undefined
  const [pasted, setPasted] = useState<TokenSettings>()
  const [formKey, setFormKey] = useState(0)
  const settings = pasted ?? (momId && issuer ? createdSettings(issuer, momId) : undefined)
  // the values when the form (re)mounts; later changes of the URL do not reset what was typed
  const [linkParams] = useState(params)
  const initialValues: CreateTokenValues | undefined = useMemo(
    () =>
      settings && discovery
        ? successorValues(settings, valuesFromParams(linkParams, discovery), nowSeconds())
        : undefined,
    [settings, discovery, linkParams],
  )
  return {
    momId,
    name: params.get('name') ?? '',
    copied: settings !== undefined,
    initialValues,
    formKey,
    acceptPayload(payload: MytokenPayload) {
      setPasted(settingsOfPayload(payload, nowSeconds()))
      setFormKey((key) => key + 1)
    },
  }
}
