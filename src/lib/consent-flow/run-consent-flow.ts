// The server's polling variant of `oidc_flow`: start, send the user to `consent_uri` in another
// tab, poll `polling_code` at the server's interval until the token arrives, the user declines,
// or the code expires. Pure logic, no React, so it can be tested with a fake client and clock.
import type { MytokenClient, OidcFlowRequest } from '../mytoken/client'
import { MytokenError, NetworkError, isMytokenError } from '../mytoken/errors'
import type { MytokenResponse, PollingStart } from '../mytoken/schemas'

export type ConsentFailure =
  /** the user pressed Cancel on the consent page */
  | 'denied'
  /** the user declined at the provider, or the flow was aborted there */
  | 'aborted'
  /** the polling code expired before the user finished */
  | 'expired'
  /** the server rejected the request before the flow started */
  | 'rejected'
  /** the server could not be reached when starting */
  | 'network'

export class ConsentFlowError extends Error {
  readonly reason: ConsentFailure

  constructor(reason: ConsentFailure, cause?: unknown) {
    super(`consent flow failed: ${reason}`, { cause })
    this.name = 'ConsentFlowError'
    this.reason = reason
  }
}

export interface ConsentWaiting {
  consentUri: string
  /** epoch ms when the polling code expires */
  deadline: number
  /** false when the browser blocked the new tab; the UI then offers a link */
  tabOpened: boolean
}

export interface ConsentFlowHooks {
  /** a tab opened synchronously in the click handler, or null if blocked */
  tab: Pick<Window, 'location' | 'close'> | null
  signal: AbortSignal
  onWaiting: (waiting: ConsentWaiting) => void
  /** called with true while polls fail for network reasons, false once they work again */
  onConnectionTrouble: (trouble: boolean) => void
  now?: () => number
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>
}

function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason as Error)
    const timer = setTimeout(resolve, ms)
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer)
        reject(signal.reason as Error)
      },
      { once: true },
    )
  })
}

/**
 * Any request the server answers with a consent page and a polling code: `oidc_flow` at the
 * mytoken endpoint, and adding an SSH key at the settings endpoint.
 */
export interface PollingFlowSteps<T> {
  start: () => Promise<PollingStart>
  /** throws MytokenError `authorization_pending` until the user has finished */
  poll: (pollingCode: string) => Promise<T>
}

export function runConsentFlow(
  client: MytokenClient,
  request: OidcFlowRequest,
  hooks: ConsentFlowHooks,
): Promise<MytokenResponse> {
  return runPollingFlow(
    { start: () => client.startOidcFlow(request), poll: (code) => client.pollOidcFlow(code) },
    hooks,
  )
}

export async function runPollingFlow<T>(
  steps: PollingFlowSteps<T>,
  hooks: ConsentFlowHooks,
): Promise<T> {
  const now = hooks.now ?? Date.now
  const sleep = hooks.sleep ?? abortableSleep
  let started
  try {
    started = await steps.start()
  } catch (error) {
    hooks.tab?.close()
    throw new ConsentFlowError(error instanceof NetworkError ? 'network' : 'rejected', error)
  }
  const deadline = now() + started.expires_in * 1000
  let tabOpened = false
  if (hooks.tab) {
    try {
      hooks.tab.location.href = started.consent_uri
      tabOpened = true
    } catch {
      tabOpened = false
    }
  }
  hooks.onWaiting({ consentUri: started.consent_uri, deadline, tabOpened })

  const intervalMs = Math.max(1, started.interval) * 1000
  let troubleStreak = 0
  for (;;) {
    await sleep(
      troubleStreak > 0 ? Math.min(intervalMs * 2 ** troubleStreak, 30_000) : intervalMs,
      hooks.signal,
    )
    if (now() >= deadline) throw new ConsentFlowError('expired')
    try {
      const result = await steps.poll(started.polling_code)
      if (troubleStreak > 0) hooks.onConnectionTrouble(false)
      return result
    } catch (error) {
      if (isMytokenError(error, 'authorization_pending')) {
        if (troubleStreak > 0) hooks.onConnectionTrouble(false)
        troubleStreak = 0
        continue
      }
      // An unreachable server, or a passing server error (v0.10 answers 500 "no db node
      // available" under concurrent load), does not end the flow: the code may still be good.
      if (error instanceof NetworkError || (error instanceof MytokenError && error.status >= 500)) {
        troubleStreak += 1
        hooks.onConnectionTrouble(true)
        continue
      }
      if (isMytokenError(error, 'access_denied')) throw new ConsentFlowError('denied', error)
      if (isMytokenError(error, 'expired_token')) throw new ConsentFlowError('expired', error)
      if (isMytokenError(error, 'invalid_token') || isMytokenError(error, 'invalid_grant')) {
        throw new ConsentFlowError('aborted', error)
      }
      throw error
    }
  }
}
