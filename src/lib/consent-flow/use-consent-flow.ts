import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { MytokenClient, OidcFlowRequest } from '../mytoken/api/client'
import type { MytokenResponse } from '../mytoken/api/schemas'
import { invalidateTokenData } from '../mytoken/queries/query-keys'
import { runPollingFlow, type ConsentWaiting, type PollingFlowSteps } from './run-consent-flow'

/** How often the app looks whether the consent tab was closed (a local check, no request). */
const TAB_CLOSED_CHECK_MS = 250

/**
 * Reports the user coming back: the app's tab shown or focused again, or the consent tab
 * closed (a window reference has no event for that, so it is looked at regularly).
 */
function watchUserReturn(tab: Window | null) {
  return (onReturn: () => void) => {
    const onVisibility = () => {
      if (document.visibilityState === 'visible') onReturn()
    }
    document.addEventListener('visibilitychange', onVisibility)
    window.addEventListener('focus', onReturn)
    const closedCheck = tab
      ? window.setInterval(() => {
          if (tab.closed) onReturn()
        }, TAB_CLOSED_CHECK_MS)
      : undefined
    return () => {
      document.removeEventListener('visibilitychange', onVisibility)
      window.removeEventListener('focus', onReturn)
      window.clearInterval(closedCheck)
    }
  }
}

export interface ConsentFlow<Request = OidcFlowRequest, Result = MytokenResponse> {
  /** Call from the click handler: it opens the consent tab synchronously (popup blockers). */
  start: (request: Request) => void
  cancel: () => void
  waiting: ConsentWaiting | undefined
  connectionTrouble: boolean
  status: 'idle' | 'pending' | 'success' | 'error'
  result: Result | undefined
  error: Error | null
}

/** The consent flow of `oidc_flow`: a new mytoken after the user approved it. */
export function useConsentFlow(
  client: MytokenClient | undefined,
  onSuccess?: (result: MytokenResponse) => void,
): ConsentFlow {
  const steps = useCallback(
    (request: OidcFlowRequest): PollingFlowSteps<MytokenResponse> => {
      if (!client) throw new Error('The mytoken server is not ready yet')
      return {
        start: () => client.startOidcFlow(request),
        poll: (code) => client.pollOidcFlow(code),
      }
    },
    [client],
  )
  const queryClient = useQueryClient()
  return usePollingFlow(steps, (result) => {
    // a new token exists: every list of tokens read before is out of date
    if (client) void invalidateTokenData(queryClient, client.issuer)
    onSuccess?.(result)
  })
}

/** Any consent-page-and-polling flow (see runPollingFlow), with the same tab and progress handling. */
export function usePollingFlow<Request, Result>(
  stepsFor: (request: Request) => PollingFlowSteps<Result>,
  onSuccess?: (result: Result) => void,
): ConsentFlow<Request, Result> {
  const [waiting, setWaiting] = useState<ConsentWaiting>()
  const [connectionTrouble, setConnectionTrouble] = useState(false)
  const abortRef = useRef<AbortController | null>(null)

  const mutation = useMutation({
    // the result is a new token: drop it from the mutation cache once nobody shows it
    gcTime: 0,
    mutationFn: ({ request, tab }: { request: Request; tab: Window | null }) => {
      const steps = stepsFor(request)
      const controller = new AbortController()
      abortRef.current = controller
      return runPollingFlow(steps, {
        tab,
        signal: controller.signal,
        onWaiting: setWaiting,
        onConnectionTrouble: setConnectionTrouble,
        watchReturn: watchUserReturn(tab),
        isVisible: () => document.visibilityState === 'visible',
      })
    },
    onSuccess: (result) => onSuccess?.(result),
    onSettled: () => {
      abortRef.current = null
      setConnectionTrouble(false)
    },
  })

  useEffect(() => () => abortRef.current?.abort(), [])

  const { mutate, reset: resetMutation } = mutation
  const start = useCallback(
    (request: Request) => {
      setWaiting(undefined)
      const tab = window.open('about:blank', '_blank')
      if (tab) tab.opener = null
      mutate({ request, tab })
    },
    [mutate],
  )
  const cancel = useCallback(() => {
    abortRef.current?.abort()
    resetMutation()
    setWaiting(undefined)
  }, [resetMutation])

  return {
    start,
    cancel,
    waiting,
    connectionTrouble,
    status: mutation.status,
    result: mutation.data,
    error: mutation.error,
  }
}
