import { expect, test } from 'vitest'
import {
  formatCountdown,
  formatDateTime,
  formatDurationInWords,
  formatRelative,
  isoDateTime,
} from './format-time'

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

test('each language keeps its own formatters, whichever was used first', () => {
  const at = Date.UTC(2026, 2, 5, 12, 0)
  const now = at + 3 * 24 * 3600 * 1000
  expect(formatDateTime(at, 'de')).toMatch(/5\. März 2026/)
  expect(formatDateTime(at, 'en')).toMatch(/5 Mar 2026/)
  expect(formatRelative(at, 'en', now)).toBe('3 days ago')
  expect(formatRelative(at, 'de', now)).toBe('vor 3 Tagen')
  expect(formatDateTime(at, 'de')).toMatch(/5\. März 2026/)
})

test('a countdown shows minutes and seconds, hours once there are any', () => {
  expect(formatCountdown(3_599_000)).toBe('59:59')
  expect(formatCountdown(3_723_000)).toBe('1:02:03')
  expect(formatCountdown(-1)).toBe('0:00')
})

test('a countdown rounds up: "0:00" only once the deadline has passed', () => {
  expect(formatCountdown(400)).toBe('0:01')
  expect(formatCountdown(59_001)).toBe('1:00')
  expect(formatCountdown(0)).toBe('0:00')
})

test('a duration in words uses the largest unit that divides it', () => {
  expect(formatDurationInWords(86400, 'en')).toBe('1 day')
  expect(formatDurationInWords(90000, 'en')).toBe('25 hours')
  expect(formatDurationInWords(90, 'de')).toBe('90 Sekunden')
})
