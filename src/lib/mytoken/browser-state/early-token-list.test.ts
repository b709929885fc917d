import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { DISCOVERY_KEY_PREFIX } from '@/lib/instance/discovery-storage-key'
import { testDiscovery } from '@/testing/fixtures'
import { createMytokenClient } from '../api/client'
import { memoryCredential } from '../api/credential'
import {
  holdEarlyAnswer,
  requestTokenListEarly,
  takeEarlyAnswer,
  takeEarlyTokenList,
} from './early-token-list'
import { SESSION_STORAGE_KEY, type Session } from './stored-session'

const ISSUER = 'https://mytoken.example'
const NOW = 1_700_000_000_000
const session: Session = {
  instanceIssuer: ISSUER,
  providerIssuer: 'https://op.example',
  token: 'session-token',
  momId: 'session-id',
  expiresAt: NOW + 60_000,
  signedInAt: NOW - 60_000,
}

let sent: [string, RequestInit][]
const fetchStub = vi.fn((url: RequestInfo | URL, init?: RequestInit) => {
  sent.push([String(url), init ?? {}])
  return Promise.resolve(Response.json({ mytokens: [] }))
})

function remember(discovery: unknown) {
  localStorage.setItem(DISCOVERY_KEY_PREFIX + ISSUER, JSON.stringify(discovery))
}
const listingDiscovery = (extra: Record<string, unknown> = {}) =>
  testDiscovery(ISSUER, { tokeninfo_endpoint_actions_supported: ['list_mytokens'], ...extra })

beforeEach(() => {
  sent = []
  vi.stubGlobal('fetch', fetchStub)
  sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session))
  remember(listingDiscovery())
})
afterEach(() => {
  takeEarlyTokenList(session)
  sessionStorage.clear()
  localStorage.clear()
  vi.unstubAllGlobals()
})

test('sends the list request exactly as the API client sends it', async () => {
  requestTokenListEarly(NOW)
  const client = createMytokenClient(listingDiscovery(), fetchStub)
  await client.listMytokens(memoryCredential('session-token'))
  expect(sent).toHaveLength(2)
  expect(sent[0]).toEqual(sent[1])
})

describe('sends nothing', () => {
  test.each([
    ['without a session', () => sessionStorage.clear()],
    [
      'with an expired session',
      () =>
        sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ ...session, expiresAt: NOW })),
    ],
    ['without a remembered discovery document', () => localStorage.clear()],
    ['when the server does not offer the list', () => remember(testDiscovery(ISSUER))],
    [
      'to an endpoint on another origin than the session’s server',
      () =>
        remember(listingDiscovery({ tokeninfo_endpoint: 'https://elsewhere.example/tokeninfo' })),
    ],
    ['for an unreadable document', () => localStorage.setItem(DISCOVERY_KEY_PREFIX + ISSUER, '{')],
  ])('%s', (_, arrange) => {
    arrange()
    requestTokenListEarly(NOW)
    expect(sent).toEqual([])
    expect(takeEarlyTokenList(session)).toBeUndefined()
  })
})

test('the app takes the request once, and only for the session it was made with', () => {
  requestTokenListEarly(NOW)
  expect(takeEarlyTokenList({ ...session, momId: 'another-session' })).toBeUndefined()
  requestTokenListEarly(NOW)
  const early = takeEarlyTokenList(session)
  expect(early).toMatchObject({ instanceIssuer: ISSUER, momId: 'session-id' })
  expect(early?.url).toBe(`${ISSUER}/api/v0/tokeninfo`)
  expect(takeEarlyTokenList(session)).toBeUndefined()
})

test('its answer is held for the first list request of the same session, once, and not for long', () => {
  const early = {
    instanceIssuer: ISSUER,
    momId: 'session-id',
    url: 'u',
    response: new Promise<Response>(() => undefined),
  }
  const answer = Promise.resolve({ mytokens: [] })
  holdEarlyAnswer(early, answer, NOW)
  expect(takeEarlyAnswer('session-id', NOW + 9_000)).toEqual({ url: 'u', answer })
  expect(takeEarlyAnswer('session-id', NOW + 9_000)).toBeUndefined()
  holdEarlyAnswer(early, answer, NOW)
  expect(takeEarlyAnswer('another-session', NOW)).toBeUndefined()
  holdEarlyAnswer(early, answer, NOW)
  expect(takeEarlyAnswer('session-id', NOW + 11_000)).toBeUndefined()
})
