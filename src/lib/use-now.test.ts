import { act, renderHook } from '@testing-library/react'
import { afterEach, expect, test, vi } from 'vitest'
import { useNow } from './use-now'

afterEach(() => {
  vi.useRealTimers()
})

test('the clock ticks at its interval while active and stands still when not', () => {
  vi.useFakeTimers({ now: 1_000_000 })
  const { result, rerender } = renderHook(({ active }) => useNow(1000, active), {
    initialProps: { active: true },
  })
  expect(result.current).toBe(1_000_000)
  act(() => vi.advanceTimersByTime(2500))
  expect(result.current).toBe(1_002_000)
  rerender({ active: false })
  act(() => vi.advanceTimersByTime(5000))
  expect(result.current).toBe(1_002_000)
})
