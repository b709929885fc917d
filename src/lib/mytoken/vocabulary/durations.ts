// Durations and times, read and written. Input as the mytoken command-line client accepts it:
// `+3d12h30m` (relative; units y w d h m s, y = 365 d, w = 7 d, a bare number = seconds), an
// absolute `YYYY-MM-DD HH:mm` in the browser's time zone, or unix seconds. Pure functions; `now`
// is passed in (unix seconds).
import { isServerTime } from './server-limits'

const UNIT_SECONDS: Record<string, number> = {
  y: 365 * 86400,
  w: 7 * 86400,
  d: 86400,
  h: 3600,
  m: 60,
  s: 1,
}

/** `3d12h30m`, `90`, `1w` → seconds; undefined if not a duration. */
export function parseDuration(input: string): number | undefined {
  const text = input.replace(/\s+/g, '')
  if (text === '') return undefined
  if (/^\d+$/.test(text)) return Number(text)
  if (!/^(\d+[ywdhms])+$/.test(text)) return undefined
  let total = 0
  for (const [, amount, unit] of text.matchAll(/(\d+)([ywdhms])/g)) {
    total += Number(amount) * (UNIT_SECONDS[unit as string] ?? 0)
  }
  return total
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/

/**
 * Resolves a time given as relative text (`+3d12h30m`, `+300`, also `30d` without the plus),
 * `YYYY-MM-DD HH:mm` (local time), or unix seconds, to unix seconds. Undefined when invalid.
 */
export function parseRelativeTime(input: string, now: number): number | undefined {
  const text = input.trim()
  if (text === '') return undefined
  if (text.startsWith('+')) {
    const duration = parseDuration(text.slice(1))
    return duration === undefined ? undefined : now + duration
  }
  if (/^\d+$/.test(text)) return Number(text)
  const date = DATE_TIME.exec(text)
  if (date) {
    const [, y, mo, d, h = '0', mi = '0', s = '0'] = date
    const local = new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s))
    if (
      local.getFullYear() !== Number(y) ||
      local.getMonth() !== Number(mo) - 1 ||
      local.getDate() !== Number(d) ||
      Number(h) > 23 ||
      Number(mi) > 59 ||
      Number(s) > 59
    )
      return undefined
    return Math.floor(local.getTime() / 1000)
  }
  const duration = /[ywdhms]$/.test(text) ? parseDuration(text) : undefined
  return duration === undefined ? undefined : now + duration
}

/** 2595600 → `30d1h`; the inverse of parseDuration (largest units first, no years/weeks). */
export function formatDuration(seconds: number): string {
  let rest = Math.max(0, Math.round(seconds))
  if (rest === 0) return '0s'
  let out = ''
  for (const unit of ['d', 'h', 'm', 's'] as const) {
    const size = UNIT_SECONDS[unit] as number
    const amount = Math.floor(rest / size)
    if (amount > 0) {
      out += `${amount}${unit}`
      rest -= amount * size
    }
  }
  return out
}

/** Unix seconds → the value of an `<input type="datetime-local">` / `YYYY-MM-DD HH:mm` text. */
export function toLocalDateTime(unixSeconds: number, separator: 'T' | ' ' = ' '): string {
  // a time from a link may lie beyond what Date holds: the date picker then stays empty
  if (!isServerTime(unixSeconds)) return ''
  const d = new Date(unixSeconds * 1000)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}${separator}${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/** Now in unix seconds, the unit of every time the mytoken server sends. */
export const nowSeconds = (): number => Math.floor(Date.now() / 1000)
