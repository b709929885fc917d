import { expect, test } from 'vitest'
import {
  isFormattableMs,
  isServerTime,
  LATEST_SERVER_TIME,
  MAX_USAGES,
  parsePositiveWhole,
} from './server-limits'

test('server times end with the year 9999', () => {
  expect(new Date(LATEST_SERVER_TIME * 1000).toISOString()).toBe('9999-12-31T23:59:59.000Z')
  expect(isServerTime(LATEST_SERVER_TIME)).toBe(true)
  expect(isServerTime(LATEST_SERVER_TIME + 1)).toBe(false)
  expect(isServerTime(99_999_999_999_999)).toBe(false)
  expect(isServerTime(1e16)).toBe(false)
  expect(isServerTime(-1)).toBe(false)
  expect(isServerTime(1.5)).toBe(false)
})

test('only milliseconds Date can hold are formattable', () => {
  expect(isFormattableMs(Date.now())).toBe(true)
  expect(isFormattableMs(1e16 * 1000)).toBe(false)
  expect(isFormattableMs(1e300)).toBe(false)
  expect(isFormattableMs(Number.NaN)).toBe(false)
})

test('whole numbers are range-checked, 400 nines included', () => {
  expect(parsePositiveWhole('25', MAX_USAGES)).toEqual({ ok: true, value: 25 })
  expect(parsePositiveWhole(' 1000000000 ', MAX_USAGES)).toEqual({ ok: true, value: 1e9 })
  expect(parsePositiveWhole('1000000001', MAX_USAGES)).toEqual({ ok: false, reason: 'tooLarge' })
  expect(parsePositiveWhole('9'.repeat(20), MAX_USAGES)).toEqual({ ok: false, reason: 'tooLarge' })
  expect(parsePositiveWhole('9'.repeat(400), MAX_USAGES)).toEqual({ ok: false, reason: 'tooLarge' })
  for (const bad of ['0', '00', '-1', '1e3', '2.5', 'ten', ''])
    expect(parsePositiveWhole(bad, MAX_USAGES)).toEqual({ ok: false, reason: 'notWhole' })
})
