import { expect, test } from 'vitest'
import type { TokenTree } from '../api/schemas'
import { browserId, newBrowserId, sessionsLeftBehind, sessionTokenName } from './browser-sessions'

const thisBrowser = '3f9a2c1b7d4e0a55c6b8e9f0d1a2b3c4'
const otherBrowser = '3f9a2c1b7e000000000000000000000a'

const root = (
  mom_id: string,
  name: string,
  created: number,
  children?: TokenTree[],
): TokenTree => ({
  token: { mom_id, name, created },
  children,
})

test('the session is named readably with the short form of the browser id', () => {
  expect(sessionTokenName(thisBrowser)).toBe('mytoken-web app session · 3f9a2c1b7d')
  expect(sessionTokenName(newBrowserId()).length).toBeLessThanOrEqual(100)
})

test('a browser id is 16 random bytes in hex, different each time', () => {
  const id = newBrowserId()
  expect(id).toMatch(/^[0-9a-f]{32}$/)
  expect(newBrowserId()).not.toBe(id)
})

test('the id is made once and kept in the given storage', () => {
  const storage = new Map<string, string>()
  const fake = {
    getItem: (key: string) => storage.get(key) ?? null,
    setItem: (key: string, value: string) => void storage.set(key, value),
  } as Storage
  const id = browserId(fake)
  expect(storage.get('mytoken-web.browser-id')).toBe(id)
  expect(browserId(fake)).toBe(id)
  // something else under the key (edited by hand) is replaced by a proper id
  storage.set('mytoken-web.browser-id', 'not an id')
  expect(browserId(fake)).toMatch(/^[0-9a-f]{32}$/)
  expect(browserId(fake)).not.toBe(id)
})

test('without working storage the id lasts for the page', () => {
  const refusing = {
    getItem: () => null,
    setItem: () => {
      throw new Error('QuotaExceededError')
    },
  } as unknown as Storage
  const id = browserId(refusing)
  expect(id).toMatch(/^[0-9a-f]{32}$/)
  expect(browserId(refusing)).toBe(id)
})

test('only earlier sessions named for this browser are found, never the current one', () => {
  const name = sessionTokenName(thisBrowser)
  const forest = [
    root('left-1', name, 1_000),
    root('other-browser', sessionTokenName(otherBrowser), 1_000),
    root('unnamed-session', 'mytoken-web app session', 1_000),
    root('look-alike', `${name} (copy)`, 1_000),
    root('user-token', 'TOAR script', 1_000, [root('child', name, 1_100)]),
    root('with-children', name, 1_000, [root('its-child', 'job', 1_100)]),
    root('current', name, 2_000),
    root('left-2', name, 1_500),
    root('newer', name, 2_500),
  ]
  expect(sessionsLeftBehind(forest, thisBrowser, 'current').map((e) => e.mom_id)).toEqual([
    'left-1',
    'left-2',
  ])
})

test('nothing is found when the current session is not listed', () => {
  const name = sessionTokenName(thisBrowser)
  expect(sessionsLeftBehind([root('left', name, 1_000)], thisBrowser, 'gone')).toEqual([])
})
