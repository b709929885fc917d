import { afterEach, expect, test, vi } from 'vitest'
import { readStorage, writeStorage } from './browser-storage'

afterEach(() => {
  vi.restoreAllMocks()
})

test('writes, reads and removes an entry of either storage', () => {
  expect(writeStorage('local', 'k', 'v')).toBe(true)
  expect(readStorage('local', 'k')).toBe('v')
  expect(readStorage('session', 'k')).toBeNull()
  expect(writeStorage('local', 'k', undefined)).toBe(true)
  expect(readStorage('local', 'k')).toBeNull()
})

test('a browser that refuses storage is answered with null and false, never an exception', () => {
  vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
    throw new DOMException('denied', 'SecurityError')
  })
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('full', 'QuotaExceededError')
  })
  expect(readStorage('session', 'k')).toBeNull()
  expect(writeStorage('local', 'k', 'v')).toBe(false)
})
