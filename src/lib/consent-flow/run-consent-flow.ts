// The server's polling variant of `oidc_flow`: start, send the user to `consent_uri` in another
// tab, poll `polling_code` until the token arrives, the user declines, or the code expires.
// Two polls are never closer than the server's `interval`. While nobody sees the app's tab it
// polls at half that rate, so that when the user comes back (or closes the consent tab) the next
// poll is usually allowed at once. Pure logic, no React, so it can be tested with a fake client
// and clock.
import type { MytokenClient, OidcFlowRequest } from '../mytoken/api/client'
import { MytokenError, NetworkError, isMytokenError } from '../mytoken/api/errors'
import type { MytokenResponse, PollingStart } from '../mytoken/api/schemas'
import { ConsentFlowError } from './consent-flow-error'

export { ConsentFlowError, type ConsentFailure } from './consent-flow-error'

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
  /**
   * Calls `onReturn` when the user may have finished: the app's tab is shown or focused again,
   * or the consent tab was closed. Returns the unsubscribe function.
   */
  watchReturn?: (onReturn: () => void) => () => void
  /** whether the app's tab can be seen now (default: always) */
  isVisible?: () => boolean
  now?: () => number
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>
}

/** While the app's tab is hidden, polls are this many intervals apart. */
const HIDDEN_POLL_FACTOR = 2

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

/** Sleeps `ms`, or less when `watchReturn` reports the user; resolves true when woken. */
async function sleepUnlessWoken(
  ms: number,
  hooks: ConsentFlowHooks,
  sleep: NonNullable<ConsentFlowHooks['sleep']>,
): Promise<boolean> {
  if (!hooks.watchReturn) {
    await sleep(ms, hooks.signal)
    return false
  }
  const wake = new AbortController()
  const forwardAbort = () => wake.abort(hooks.signal.reason)
  hooks.signal.addEventListener('abort', forwardAbort, { once: true })
  const unsubscribe = hooks.watchReturn(() => wake.abort('user returned'))
  try {
    await sleep(ms, wake.signal)
    return false
  } catch (error) {
    if (hooks.signal.aborted) throw error
    return true
  } finally {
    unsubscribe()
    hooks.signal.removeEventListener('abort', forwardAbort)
  }
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
  const isVisible = hooks.isVisible ?? (() => true)
  let troubleStreak = 0
  let lastPoll = now()
  for (;;) {
    // the least time between two polls: the server's interval, longer after network trouble
    const minimum =
      troubleStreak > 0 ? Math.min(intervalMs * 2 ** troubleStreak, 30_000) : intervalMs
    const regular = troubleStreak === 0 && !isVisible() ? minimum * HIDDEN_POLL_FACTOR : minimum
    const woken = await sleepUnlessWoken(regular - (now() - lastPoll), hooks, sleep)
    if (woken) await sleep(Math.max(0, lastPoll + minimum - now()), hooks.signal)
    if (now() >= deadline) throw new ConsentFlowError('expired')
    lastPoll = now()
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
