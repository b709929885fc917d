import { expect, test } from 'vitest'
import { formatDuration, parseDuration, parseRelativeTime, toLocalDateTime } from './durations'

const now = 1_800_000_000

test('relative times add the units the mytoken client knows', () => {
  expect(parseRelativeTime('+3d12h30m', now)).toBe(now + 3 * 86400 + 12 * 3600 + 30 * 60)
  expect(parseRelativeTime('+1y', now)).toBe(now + 365 * 86400)
  expect(parseRelativeTime('+2w', now)).toBe(now + 14 * 86400)
  expect(parseRelativeTime('+45s', now)).toBe(now + 45)
  expect(parseRelativeTime('+300', now)).toBe(now + 300)
  expect(parseRelativeTime(' +1d 6h ', now)).toBe(now + 86400 + 6 * 3600)
  expect(parseRelativeTime('30d', now)).toBe(now + 30 * 86400)
})

test('absolute times: unix seconds and local date-times', () => {
  expect(parseRelativeTime('1767225600', now)).toBe(1767225600)
  const local = new Date(2026, 11, 24, 18, 30).getTime() / 1000
  expect(parseRelativeTime('2026-12-24 18:30', now)).toBe(local)
  expect(parseRelativeTime('2026-12-24T18:30', now)).toBe(local)
  expect(parseRelativeTime('2026-12-24', now)).toBe(new Date(2026, 11, 24).getTime() / 1000)
})

test('invalid input gives undefined, never a guess', () => {
  for (const bad of [
    '',
    '+',
    '+3x',
    'tomorrow',
    '+1d-2h',
    '2026-02-30 10:00',
    '2026-12-24 25:00',
    '3.5d',
  ])
    expect(parseRelativeTime(bad, now), bad).toBeUndefined()
})

test('durations round-trip', () => {
  expect(parseDuration('1d')).toBe(86400)
  expect(parseDuration('90')).toBe(90)
  expect(parseDuration('1h30m')).toBe(5400)
  expect(parseDuration('soon')).toBeUndefined()
  expect(formatDuration(2595600)).toBe('30d1h')
  expect(formatDuration(parseDuration('3d12h30m5s') ?? 0)).toBe('3d12h30m5s')
  expect(toLocalDateTime(new Date(2026, 0, 2, 3, 4).getTime() / 1000)).toBe('2026-01-02 03:04')
})
