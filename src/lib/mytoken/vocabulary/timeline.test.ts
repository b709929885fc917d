import { expect, test } from 'vitest'
import { axisPosition, timelineAxis, timelineBar } from './timeline'

const DAY = 86400
const now = 1_800_000_000

test('the axis runs from the oldest creation to the latest expiry, today inside', () => {
  const entries = [
    { mom_id: 'a', name: 'a', created: now - 10 * DAY, expires_at: now + 20 * DAY },
    { mom_id: 'b', name: 'b', created: now - 2 * DAY },
  ]
  const axis = timelineAxis(entries, now)
  expect(axis).toEqual({ start: now - 10 * DAY, end: now + 20 * DAY })
  expect(axisPosition(now, axis)).toBeCloseTo(1 / 3)
  expect(timelineBar(entries[0]!, axis)).toEqual({ from: 0, to: 1, open: false, clipped: false })
  expect(timelineBar(entries[1]!, axis)).toMatchObject({ open: true, to: 1 })
})

test('a far expiry (year 9999) is clipped instead of squashing every bar', () => {
  const far = { mom_id: 'f', name: 'f', created: now - DAY, expires_at: 253_402_300_799 }
  const axis = timelineAxis([far], now)
  expect(axis.end).toBe(now + 365 * DAY)
  expect(timelineBar(far, axis)).toMatchObject({ to: 1, clipped: true })
})

test('odd values never produce positions outside 0…1', () => {
  const axis = { start: 10, end: 10 }
  expect(axisPosition(Number.NaN, axis)).toBe(0)
  expect(axisPosition(5, { start: 0, end: 10 })).toBe(0.5)
  expect(axisPosition(50, { start: 0, end: 10 })).toBe(1)
})
