import { expect, test } from 'vitest'
import { expiringSoonWithin, expiryStatus, lifetimeElapsed } from './expiry'

const DAY = 86_400

test('the expiring-soon window is a third of the lifetime, at most a week', () => {
  expect(expiringSoonWithin(8 * 3600)).toBeCloseTo((8 * 3600) / 3)
  expect(expiringSoonWithin(365 * DAY)).toBe(7 * DAY)
  expect(expiringSoonWithin(-5)).toBe(0)
  expect(expiringSoonWithin(Number.NaN)).toBe(0)
})

test('status from created, expiry and now; odd values do not throw', () => {
  const now = 1_000_000 * 1000
  expect(expiryStatus(1_000_000 - DAY, 1_000_000 + 3 * DAY, now)).toBe('active')
  expect(expiryStatus(1_000_000 - 30 * DAY, 1_000_000 + 3 * DAY, now)).toBe('expiring')
  expect(expiryStatus(0, 1, now)).toBe('expired')
  expect(expiryStatus(0, undefined, now)).toBe('active')
  expect(expiryStatus(0, Number.MAX_SAFE_INTEGER, now)).toBe('active')
})

test('elapsed share of the lifetime is clamped to 0…1', () => {
  expect(lifetimeElapsed(0, 100, 50_000)).toBe(0.5)
  expect(lifetimeElapsed(0, 100, 500_000)).toBe(1)
  expect(lifetimeElapsed(50, 100, 0)).toBe(0)
  expect(lifetimeElapsed(100, 100, 0)).toBeUndefined()
})
