import { act, renderHook } from '@testing-library/react'
import { afterEach, expect, test, vi } from 'vitest'
import { useSettled } from './usage'

afterEach(() => vi.useRealTimers())

test('rows that wait together settle with one timer, in one task', () => {
  vi.useFakeTimers()
  const timers = vi.spyOn(window, 'setTimeout')
  const rows = Array.from({ length: 20 }, () => renderHook(() => useSettled(300)))
  expect(rows.every((row) => row.result.current === false)).toBe(true)
  expect(timers).toHaveBeenCalledTimes(1)
  act(() => vi.advanceTimersByTime(299))
  expect(rows.some((row) => row.result.current)).toBe(false)
  act(() => vi.advanceTimersByTime(1))
  expect(rows.every((row) => row.result.current)).toBe(true)
})

test('a row that leaves before its wait ends is not woken', () => {
  vi.useFakeTimers()
  const leaving = renderHook(() => useSettled(300))
  const staying = renderHook(() => useSettled(300))
  leaving.unmount()
  act(() => vi.advanceTimersByTime(300))
  expect(staying.result.current).toBe(true)
  expect(vi.getTimerCount()).toBe(0)
})
