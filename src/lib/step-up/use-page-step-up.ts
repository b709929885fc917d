// The page-scoped use of a step-up token (see step-up.ts): held while the calling page is open.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
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
  /** why the last step-up of this page ended, once it has */
  ended: StepUpEnd | undefined
}

/**
 * A step-up token for the calling page: requested through the consent flow, revoked when the
 * page unmounts, when it expires (the server refuses it then anyway), on `end()`, on sign-out.
 */
export function usePageStepUp(): PageStepUp {
  const client = useMytokenClient()
  const session = useSession()
  const [id, setId] = useState<number>()
  const [ended, setEnded] = useState<StepUpEnd>()
  const idRef = useRef<number | undefined>(undefined)

  const adopt = useCallback(
    (result: MytokenResponse) => {
      if (!result.mytoken) return
      const newId = holdStepUp(client, result, Date.now())
      idRef.current = newId
      setEnded(undefined)
      setId(newId)
    },
    [client],
  )
  const flow = useConsentFlow(client, adopt)
  const { start, cancel: reset } = flow

  const finish = useCallback(
    (reason: StepUpEnd) => {
      const current = idRef.current
      idRef.current = undefined
      setId(undefined)
      setEnded(reason)
      reset()
      if (current !== undefined) void stepUps.end(current)
    },
    [reset],
  )

  // ended elsewhere (sign-out, tab closing): forget it here too
  useEffect(
    () =>
      stepUps.onEnded((endedId) => {
        if (endedId !== idRef.current) return
        idRef.current = undefined
        setId(undefined)
        setEnded('ended')
      }),
    [],
  )
  // leaving the page revokes it
  useEffect(
    () => () => {
      if (idRef.current !== undefined) void stepUps.end(idRef.current)
    },
    [],
  )

  const grant = id !== undefined ? stepUps.grant(id) : undefined
  useEffect(() => {
    if (!grant) return
    const timer = setTimeout(() => finish('expired'), Math.max(0, grant.expiresAt - Date.now()))
    return () => clearTimeout(timer)
  }, [grant, finish])

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
      setEnded(undefined)
      start(
        stepUpRequest(
          { ...spec, providerIssuer: session.providerIssuer, applicationName: APPLICATION_NAME },
          Date.now(),
        ),
      )
    },
    [session, start],
  )

  return { flow, request, end: () => finish('ended'), active, ended }
}
