import { useMemo, useState } from 'react'
import { useSearchParams } from 'react-router'
import type { Discovery, MytokenPayload } from '@/lib/mytoken/api/schemas'
import { narrowingsOf, REPLACE_PARAM } from '@/lib/mytoken/browser-state/narrower'
import {
  createdSettings,
  SUCCESSOR_PARAM,
  type TokenSettings,
} from '@/lib/mytoken/browser-state/successor'
import { nowSeconds } from '@/lib/mytoken/vocabulary/durations'
import { narrowValues } from './narrow'
import { valuesFromParams } from './presets'
import type { CreateTokenValues } from './schema'
import { settingsOfPayload, successorValues } from './successor'

/**
 * `?successor=<mom_id>`: the form starts from the link's values (name, lifetime, known limits)
 * plus the old token's settings when this tab created it or the user pastes it; a replacement
 * (`narrow=…`) has the named parts tightened on top of them.
 */
export function useSuccessor(issuer: string | undefined, discovery: Discovery | undefined) {
  const [params] = useSearchParams()
  const momId = params.get(SUCCESSOR_PARAM) ?? undefined
  const [pasted, setPasted] = useState<TokenSettings>()
  const [formKey, setFormKey] = useState(0)
  const settings = pasted ?? (momId && issuer ? createdSettings(issuer, momId) : undefined)
  // the values when the form (re)mounts; later changes of the URL do not reset what was typed
  const [linkParams] = useState(params)
  const narrow = useMemo(() => (momId ? narrowingsOf(linkParams) : []), [momId, linkParams])
  const initialValues: CreateTokenValues | undefined = useMemo(() => {
    if (!discovery || (!settings && narrow.length === 0)) return undefined
    const fromLink = valuesFromParams(linkParams, discovery)
    const copied = settings ? successorValues(settings, fromLink, nowSeconds()) : fromLink
    return narrowValues(copied, narrow)
  }, [settings, discovery, linkParams, narrow])
  return {
    momId,
    name: params.get('name') ?? '',
    narrowed: narrow.length > 0,
    /** the new token replaces the old one: offer to revoke it once the new one is shown */
    replaces: momId !== undefined && linkParams.get(REPLACE_PARAM) === '1',
    copied: settings !== undefined,
    initialValues,
    formKey,
    acceptPayload(payload: MytokenPayload) {
      setPasted(settingsOfPayload(payload, nowSeconds()))
      setFormKey((key) => key + 1)
    },
  }
}
