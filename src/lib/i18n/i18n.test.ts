import { expect, test } from 'vitest'
import { formatDateTime, formatRelative } from './format-time'
import { format } from './i18n'

test('format fills named placeholders and leaves unknown ones visible', () => {
  expect(format('Hello {name}, {count} tokens', { name: 'Ada', count: 3 })).toBe(
    'Hello Ada, 3 tokens',
  )
  expect(format('Hello {missing}', {})).toBe('Hello {missing}')
})

test('relative times read naturally in both languages', () => {
  const now = Date.UTC(2026, 0, 1)
  expect(formatRelative(now + 3 * 24 * 3600 * 1000, 'en', now)).toBe('in 3 days')
  expect(formatRelative(now - 5 * 60 * 1000, 'de', now)).toBe('vor 5 Minuten')
})

test('absolute times name the time zone', () => {
  const text = formatDateTime(Date.UTC(2026, 10, 23, 14, 5), 'en')
  expect(text).toMatch(/2026/)
  expect(text).toMatch(/UTC|GMT|CET|[+-]\d/)
})
