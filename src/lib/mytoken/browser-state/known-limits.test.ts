import { beforeEach, expect, test } from 'vitest'
import { knownUsageLimits, knownUsageLimitsReader, rememberUsageLimits } from './known-limits'

beforeEach(() => localStorage.clear())

test('remembers usage limits per instance and mom_id, and nothing else', () => {
  rememberUsageLimits('https://a', 'm1', [{ usages_AT: 100, exp: 5, scope: 'openid' }])
  expect(knownUsageLimits('https://a', 'm1')).toEqual([{ usages_AT: 100, usages_other: undefined }])
  expect(knownUsageLimits('https://b', 'm1')).toBeUndefined()
  expect(localStorage.getItem('mytoken-web.usage-limits')).not.toContain('openid')
})

test('tokens without usage limits are not stored; odd values are dropped', () => {
  rememberUsageLimits('https://a', 'm2', [{ exp: 5 }])
  expect(knownUsageLimits('https://a', 'm2')).toBeUndefined()
  rememberUsageLimits('https://a', 'm3', [{ usages_AT: -1, usages_other: 4 }])
  expect(knownUsageLimits('https://a', 'm3')).toEqual([{ usages_AT: undefined, usages_other: 4 }])
})

test('unreadable storage is treated as empty', () => {
  localStorage.setItem('mytoken-web.usage-limits', '{not json')
  expect(knownUsageLimits('https://a', 'm1')).toBeUndefined()
  rememberUsageLimits('https://a', 'm1', [{ usages_AT: 2 }])
  expect(knownUsageLimits('https://a', 'm1')).toEqual([{ usages_AT: 2, usages_other: undefined }])
})

test('the reader answers like knownUsageLimits for many tokens from one read', () => {
  rememberUsageLimits('https://a', 'm1', [{ usages_AT: 3 }])
  const limitsOf = knownUsageLimitsReader('https://a')
  expect(limitsOf('m1')).toEqual(knownUsageLimits('https://a', 'm1'))
  expect(limitsOf('m2')).toBeUndefined()
})
