import { describe, expect, test } from 'vitest'
import {
  countUses,
  summarizeUsage,
  tokenState,
  usageLimit,
  usageState,
  worstUsageState,
} from './usage'

const event = (name: string, momId?: string) => ({
  event: name,
  time: 1,
  ...(momId ? { mom_id: momId } : {}),
})

describe('countUses', () => {
  test('counts AT_created as access-token uses and counted requests as other uses', () => {
    const events = [
      event('AT_created'),
      event('AT_created', 'a'),
      event('created'),
      event('tokeninfo_introspect'),
      event('subtoken_created'),
      event('AT_created', 'b'),
    ]
    expect(countUses(events, 'a')).toEqual({ AT: 2, other: 1 })
  })
})

describe('limits and states', () => {
  test('a limit over all clauses, unlimited when one clause has none', () => {
    expect(usageLimit([{ usages_AT: 100 }], 'AT')).toBe(100)
    expect(usageLimit([{ usages_AT: 10 }, { usages_AT: 5 }], 'AT')).toBe(15)
    expect(usageLimit([{ usages_AT: 10 }, {}], 'AT')).toBeUndefined()
    expect(usageLimit(undefined, 'AT')).toBeUndefined()
    expect(usageLimit([{ usages_AT: Number.POSITIVE_INFINITY }], 'AT')).toBeUndefined()
  })
  test('nearly used at a tenth left, used up at none', () => {
    expect(usageState(3, 100)).toBe('ok')
    expect(usageState(90, 100)).toBe('low')
    expect(usageState(100, 100)).toBe('used-up')
    expect(usageState(120, 100)).toBe('used-up')
    expect(usageState(0, 1)).toBe('low')
    expect(usageState(5, undefined)).toBe('unlimited')
  })
  test('summary and worst state', () => {
    const at = summarizeUsage('AT', { AT: 3, other: 0 }, [{ usages_AT: 100 }])
    expect(at).toEqual({ kind: 'AT', used: 3, limit: 100, left: 97, state: 'ok' })
    const other = summarizeUsage('other', { AT: 3, other: 9 }, [{ usages_other: 9 }])
    expect(other.left).toBe(0)
    expect(worstUsageState([at, other])).toBe('used-up')
  })
})

describe('tokenState', () => {
  const spent = summarizeUsage('AT', { AT: 2, other: 0 }, [{ usages_AT: 2 }])
  const left = summarizeUsage('AT', { AT: 1, other: 0 }, [{ usages_AT: 2 }])
  test('a spent access-token budget makes an active or expiring token used up', () => {
    expect(tokenState('active', spent)).toBe('used-up')
    expect(tokenState('expiring', spent)).toBe('used-up')
  })
  test('expired stays expired; a budget with uses left or unknown keeps the expiry', () => {
    expect(tokenState('expired', spent)).toBe('expired')
    expect(tokenState('active', left)).toBe('active')
    expect(tokenState('expiring', undefined)).toBe('expiring')
    const otherSpent = summarizeUsage('other', { AT: 0, other: 3 }, [{ usages_other: 3 }])
    expect(otherSpent.state).toBe('used-up')
    expect(
      tokenState('active', summarizeUsage('AT', { AT: 0, other: 3 }, [{ usages_other: 3 }])),
    ).toBe('active')
  })
})
