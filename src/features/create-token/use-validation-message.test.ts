import { expect, test } from 'vitest'
import { format } from '@/lib/i18n/i18n'
import { MAX_DURATION_SECONDS, MAX_USAGES } from '@/lib/mytoken/vocabulary/server-limits'
import { validationMessages } from './messages'
import { validationLimits } from './use-validation-message'

test('the limit messages name the limits the schema checks, in each language’s digits', () => {
  expect(MAX_USAGES).toBe(1_000_000_000)
  expect(MAX_DURATION_SECONDS).toBe(100 * 365 * 86400)
  const en = (key: keyof typeof validationMessages.en) =>
    format(validationMessages.en[key], validationLimits('en'))
  const de = (key: keyof typeof validationMessages.en) =>
    format(validationMessages.de[key], validationLimits('de'))
  expect(en('usagesTooLarge')).toMatch(/^At most 1,000,000,000 uses;/)
  expect(de('usagesTooLarge')).toMatch(/^Höchstens 1\.000\.000\.000 Nutzungen;/)
  expect(en('durationTooLong')).toBe('Use at most 100 years (100y).')
  expect(de('durationTooLong')).toBe('Höchstens 100 Jahre (100y).')
  expect(en('nameTooLong')).toBe('Use at most 100 characters.')
})
