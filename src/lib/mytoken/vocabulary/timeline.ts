// The time axis of the tokens timeline (created → expires, today marked). Pure; epoch seconds as
// the API sends them. Far-off dates (up to the year 9999) are clipped so that they cannot squash
// every other bar into a sliver.
import type { TokenEntry } from '../api/schemas'

const DAY = 24 * 3600
const YEAR = 365 * DAY

export interface TimelineAxis {
  start: number
  end: number
}

export interface TimelineBar {
  /** 0…1 along the axis */
  from: number
  to: number
  /** the token never expires: the bar runs to the end of the axis */
  open: boolean
  /** it expires after the end of the axis */
  clipped: boolean
}

const finite = (value: number | undefined): value is number =>
  value !== undefined && value !== 0 && Number.isFinite(value)

export function timelineAxis(entries: readonly TokenEntry[], nowSeconds: number): TimelineAxis {
  let start = nowSeconds - DAY
  let latest = nowSeconds + DAY
  for (const entry of entries) {
    if (Number.isFinite(entry.created)) start = Math.min(start, entry.created)
    if (finite(entry.expires_at)) latest = Math.max(latest, entry.expires_at)
  }
  const cap = nowSeconds + Math.max(YEAR, 2 * (nowSeconds - start))
  return { start, end: Math.min(latest, cap) }
}

export function axisPosition(time: number, axis: TimelineAxis): number {
  const span = axis.end - axis.start
  if (!(span > 0) || !Number.isFinite(time)) return 0
  return Math.min(1, Math.max(0, (time - axis.start) / span))
}

export function timelineBar(entry: TokenEntry, axis: TimelineAxis): TimelineBar {
  const from = axisPosition(entry.created, axis)
  if (!finite(entry.expires_at)) return { from, to: 1, open: true, clipped: false }
  return {
    from,
    to: Math.max(from, axisPosition(entry.expires_at, axis)),
    open: false,
    clipped: entry.expires_at > axis.end,
  }
}
