import { isFormattableMs } from '@/lib/mytoken/vocabulary/server-limits'
import { defineMessages, type Language } from './messages'

const locales: Record<Language, string> = { en: 'en-GB', de: 'de-DE' }

// Every time shown comes from outside (a pasted token, a link, a server answer): a value Date
// cannot hold is named, never thrown ("Invalid time value" would replace the whole page).
const timeMessages = defineMessages({
  en: { impossible: 'no possible date' },
  de: { impossible: 'kein mögliches Datum' },
})

// One formatter per language, made on first use: creating an Intl formatter costs far more than
// formatting with it (a list of 100 tokens formats hundreds of times per render).
function perLanguage<F>(create: (locale: string) => F): (language: Language) => F {
  const made = new Map<Language, F>()
  return (language) => {
    let formatter = made.get(language)
    if (!formatter) {
      formatter = create(locales[language])
      made.set(language, formatter)
    }
    return formatter
  }
}

const dateTimeFormat = perLanguage(
  (locale) =>
    // dateStyle/timeStyle cannot be combined with timeZoneName, hence the single fields
    new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZoneName: 'short',
    }),
)
const relativeTimeFormat = perLanguage(
  (locale) => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }),
)

/** "23 Nov 2026, 14:05 CET" — absolute time with the time zone named. */
export function formatDateTime(epochMs: number, language: Language): string {
  if (!isFormattableMs(epochMs)) return timeMessages[language].impossible
  return dateTimeFormat(language).format(epochMs)
}

/** The `dateTime` attribute of a `<time>` element; undefined for a time Date cannot hold. */
export function isoDateTime(epochMs: number): string | undefined {
  return isFormattableMs(epochMs) ? new Date(epochMs).toISOString() : undefined
}

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
]

/** "in 3 days", "vor 5 Minuten". */
export function formatRelative(epochMs: number, language: Language, now = Date.now()): string {
  if (!isFormattableMs(epochMs) || !isFormattableMs(now)) return timeMessages[language].impossible
  const seconds = Math.round((epochMs - now) / 1000)
  const format = relativeTimeFormat(language)
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size || unit === 'second') {
      return format.format(Math.trunc(seconds / size), unit)
    }
  }
  return format.format(0, 'second')
}

/** 90000 → "25 hours", 86400 → "1 day": the largest unit that divides it, in words. */
export function formatDurationInWords(seconds: number, language: Language): string {
  const units: [Intl.NumberFormatOptions['unit'], number][] = [
    ['day', 86400],
    ['hour', 3600],
    ['minute', 60],
    ['second', 1],
  ]
  for (const [unit, size] of units) {
    if (seconds >= size && seconds % size === 0) {
      return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long' }).format(
        seconds / size,
      )
    }
  }
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: 'second',
    unitDisplay: 'long',
  }).format(seconds)
}

/** "4:05", "1:02:03": the time left until a deadline, rounded up so that "0:00" means it has passed. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000))
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const seconds = String(total % 60).padStart(2, '0')
  return hours > 0
    ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${minutes}:${seconds}`
}
