import { expect, test } from 'vitest'
import type { MytokenClient } from '../mytoken/api/client'
import { MytokenError, NetworkError } from '../mytoken/api/errors'
import { ConsentFlowError, runConsentFlow, type ConsentFlowHooks } from './run-consent-flow'

type PollAnswer = 'pending' | 'network' | Error | { mytoken: string }

/** A client whose server answers are scripted, and a clock that advances on every sleep. */
function scripted(pollAnswers: PollAnswer[], start: () => Promise<unknown> = async () => started) {
  const calls: string[] = []
  const client = {
    startOidcFlow: async () => {
      calls.push('start')
      return start()
    },
    pollOidcFlow: async (code: string) => {
      calls.push(`poll:${code}`)
      const answer = pollAnswers.shift() ?? 'pending'
      if (answer === 'pending') throw new MytokenError(428, 'authorization_pending')
      if (answer === 'network')
        throw new NetworkError('https://mytoken.example/api', new TypeError('fail'))
      if (answer instanceof Error) throw answer
      return { ...answer, mytoken_type: 'token' }
    },
  } as unknown as MytokenClient
  let clock = 0
  const sleeps: number[] = []
  const events: string[] = []
  const tab = { location: { href: '' }, close: () => events.push('closed') }
  const hooks: ConsentFlowHooks = {
    tab: tab as unknown as ConsentFlowHooks['tab'],
    signal: new AbortController().signal,
    onWaiting: (waiting) => events.push(`waiting:${waiting.consentUri}:${waiting.tabOpened}`),
    onConnectionTrouble: (trouble) => events.push(`trouble:${trouble}`),
    now: () => clock,
    sleep: async (ms) => {
      sleeps.push(ms)
      clock += ms
    },
  }
  return { client, hooks, calls, sleeps, events, tab }
}

const started = {
  consent_uri: 'https://mytoken.example/c/ABC',
  polling_code: 'POLL1234',
  expires_in: 30,
  interval: 2,
}
const request = { oidc_issuer: 'https://op.example' }

test('opens the consent page in the prepared tab and polls at the server interval until the token arrives', async () => {
  const { client, hooks, calls, sleeps, events, tab } = scripted([
    'pending',
    'pending',
    { mytoken: 'the-token' },
  ])
  const result = await runConsentFlow(client, request, hooks)
  expect(result.mytoken).toBe('the-token')
  expect(tab.location.href).toBe('https://mytoken.example/c/ABC')
  expect(events).toEqual(['waiting:https://mytoken.example/c/ABC:true'])
  expect(calls).toEqual(['start', 'poll:POLL1234', 'poll:POLL1234', 'poll:POLL1234'])
  expect(sleeps).toEqual([2000, 2000, 2000])
})

test('a declined consent ends as "denied"', async () => {
  const { client, hooks } = scripted([
    new MytokenError(401, 'access_denied', 'user declined consent'),
  ])
  await expect(runConsentFlow(client, request, hooks)).rejects.toMatchObject({ reason: 'denied' })
})

test('the server saying the code expired ends as "expired"', async () => {
  const { client, hooks } = scripted([new MytokenError(401, 'expired_token')])
  await expect(runConsentFlow(client, request, hooks)).rejects.toMatchObject({ reason: 'expired' })
})

test('polling stops by itself once expires_in has passed', async () => {
  const { client, hooks, calls } = scripted([])
  const error = await runConsentFlow(client, request, hooks).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(ConsentFlowError)
  expect((error as ConsentFlowError).reason).toBe('expired')
  // 30 s lifetime, 2 s interval: the 15th wake-up is at the deadline and does not poll
  expect(calls.filter((c) => c.startsWith('poll'))).toHaveLength(14)
})

test('a code the server no longer knows (declined at the provider) ends as "aborted"', async () => {
  const { client, hooks } = scripted([
    new MytokenError(401, 'invalid_token', 'Bad polling or transfer code'),
  ])
  await expect(runConsentFlow(client, request, hooks)).rejects.toMatchObject({ reason: 'aborted' })
})

test('network failures while polling are reported, retried with back-off, and do not end the flow', async () => {
  const { client, hooks, events, sleeps } = scripted(['network', 'network', { mytoken: 'tok' }])
  const result = await runConsentFlow(client, request, hooks)
  expect(result.mytoken).toBe('tok')
  expect(events).toContain('trouble:true')
  expect(events.at(-1)).toBe('trouble:false')
  expect(sleeps).toEqual([2000, 4000, 8000])
})

test('a rejected start closes the prepared tab and says "rejected"', async () => {
  const { client, hooks, events } = scripted([], async () => {
    throw new MytokenError(400, 'invalid_request', 'token would already be expired')
  })
  await expect(runConsentFlow(client, request, hooks)).rejects.toMatchObject({ reason: 'rejected' })
  expect(events).toEqual(['closed'])
})

test('an unreachable server at start says "network"', async () => {
  const { client, hooks } = scripted([], async () => {
    throw new NetworkError('https://mytoken.example/api', new TypeError('Failed to fetch'))
  })
  await expect(runConsentFlow(client, request, hooks)).rejects.toMatchObject({ reason: 'network' })
})

test('without a tab (popup blocked) the flow still waits and reports tabOpened=false', async () => {
  const { client, hooks, events } = scripted([{ mytoken: 'x' }])
  await runConsentFlow(client, request, { ...hooks, tab: null })
  expect(events).toEqual(['waiting:https://mytoken.example/c/ABC:false'])
})

test('a passing server error while polling (HTTP 500) is retried like a network failure', async () => {
  const { client, hooks, events } = scripted([
    new MytokenError(500, 'internal_server_error', 'no db node available'),
    { mytoken: 'tok' },
  ])
  const result = await runConsentFlow(client, request, hooks)
  expect(result.mytoken).toBe('tok')
  expect(events).toContain('trouble:true')
})

/** The user leaves the app's tab for the consent tab and comes back at `returnAt` ms. */
function userAway(
  hooks: ConsentFlowHooks,
  returnAt: number,
  clock: () => number,
  setClock: (ms: number) => void,
) {
  let visible = false
  let onReturn: (() => void) | undefined
  const sleeps: number[] = []
  const polledAt: number[] = []
  const away: ConsentFlowHooks = {
    ...hooks,
    isVisible: () => visible,
    watchReturn: (callback) => {
      onReturn = callback
      return () => {
        onReturn = undefined
      }
    },
    sleep: (ms, signal) =>
      new Promise<void>((resolve, reject) => {
        sleeps.push(ms)
        if (!visible && clock() < returnAt && returnAt < clock() + ms) {
          setClock(returnAt)
          visible = true
          onReturn?.()
          return reject(signal.reason as Error)
        }
        setClock(clock() + ms)
        resolve()
      }),
  }
  return { away, sleeps, polledAt }
}

function awayFlow(returnAt: number, answers: PollAnswer[]) {
  const base = scripted(answers)
  let clock = 0
  const polledAt: number[] = []
  const client = {
    ...base.client,
    pollOidcFlow: async (code: string) => {
      polledAt.push(clock)
      return base.client.pollOidcFlow(code)
    },
  } as MytokenClient
  const { away, sleeps } = userAway(
    { ...base.hooks, now: () => clock },
    returnAt,
    () => clock,
    (ms) => {
      clock = ms
    },
  )
  return { client, hooks: away, sleeps, polledAt }
}

test('while nobody sees the app tab it polls at half the server rate', async () => {
  const { client, hooks, polledAt } = awayFlow(Infinity, ['pending', 'pending', { mytoken: 't' }])
  await runConsentFlow(client, request, hooks)
  expect(polledAt).toEqual([4000, 8000, 12000])
})

test('coming back to the app tab polls at once when the interval has passed', async () => {
  const { client, hooks, polledAt } = awayFlow(6500, ['pending', { mytoken: 't' }])
  await runConsentFlow(client, request, hooks)
  expect(polledAt).toEqual([4000, 6500])
})

test('coming back sooner than the server interval after a poll waits for the interval', async () => {
  const { client, hooks, polledAt } = awayFlow(4500, ['pending', { mytoken: 't' }])
  await runConsentFlow(client, request, hooks)
  // never two polls closer than the server's 2 s
  expect(polledAt).toEqual([4000, 6000])
})
