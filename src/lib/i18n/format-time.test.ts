import { expect, test } from 'vitest'
import { formatDateTime, formatRelative, isoDateTime } from './format-time'

test('times from outside that Date cannot hold are named, never thrown', () => {
  for (const ms of [1e16 * 1000, 1e300 * 1000, 9e15 * 1000, Number.NaN, Infinity]) {
    expect(formatDateTime(ms, 'en')).toBe('no possible date')
    expect(formatDateTime(ms, 'de')).toBe('kein mögliches Datum')
    expect(formatRelative(ms, 'en')).toBe('no possible date')
    expect(isoDateTime(ms)).toBeUndefined()
  }
  expect(formatDateTime(Date.UTC(9999, 11, 31), 'en')).toMatch(/9999/)
  expect(isoDateTime(0)).toBe('1970-01-01T00:00:00.000Z')
})
