// The range of times and counts a mytoken server accepts, and the checks every value from
// outside (a link, a pasted token, a server answer) goes through before it is sent or formatted.

/** 9999-12-31 23:59:59 UTC: the server stores times as DATETIME and takes no later year. */
export const LATEST_SERVER_TIME = 253_402_300_799

/** JavaScript's Date covers ±8.64e15 ms; anything outside cannot be formatted at all. */
const LATEST_JS_MS = 8.64e15

/** A unix time (seconds) the server can store: a whole number from 0 to the year 9999. */
export function isServerTime(unixSeconds: number): boolean {
  return Number.isSafeInteger(unixSeconds) && unixSeconds >= 0 && unixSeconds <= LATEST_SERVER_TIME
}

/** Whether every time in a token's claims (and its restriction clauses) is one a server issues. */
export function hasOnlyServerTimes(claims: {
  exp?: number | undefined
  nbf?: number | undefined
  iat?: number | undefined
  auth_time?: number | undefined
  restrictions?: readonly { exp?: number | undefined; nbf?: number | undefined }[] | undefined
}): boolean {
  const times = [claims.exp, claims.nbf, claims.iat, claims.auth_time]
  for (const clause of claims.restrictions ?? []) times.push(clause.exp, clause.nbf)
  return times.every((time) => time === undefined || isServerTime(time))
}

/** Epoch milliseconds that `Date` and `Intl` can format without throwing. */
export function isFormattableMs(epochMs: number): boolean {
  return Number.isFinite(epochMs) && Math.abs(epochMs) <= LATEST_JS_MS
}

/** Usage counts: the server takes an int64; more than a billion uses is no limit in practice. */
export const MAX_USAGES = 1_000_000_000

/** Rotation lifetimes and other durations: at most 100 years (of 365 days, as `y` in a duration). */
export const MAX_DURATION_YEARS = 100
export const MAX_DURATION_SECONDS = MAX_DURATION_YEARS * 365 * 86400

export type WholeNumber =
  { ok: true; value: number } | { ok: false; reason: 'notWhole' | 'tooLarge' }

/** `text` as a positive whole number up to `max` (digits only; no exponent, sign or fraction). */
export function parsePositiveWhole(text: string, max: number): WholeNumber {
  const digits = text.trim()
  if (!/^\d+$/.test(digits) || /^0+$/.test(digits)) return { ok: false, reason: 'notWhole' }
  const value = Number(digits)
  // also catches 400 nines, which Number() turns into Infinity (and JSON into null)
  if (!Number.isSafeInteger(value) || value > max) return { ok: false, reason: 'tooLarge' }
  return { ok: true, value }
}
