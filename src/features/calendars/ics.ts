// An expiry calendar as an iCalendar file (RFC 5545), built from what the app knows: the
// calendar's name and its tokens' names, creation and expiry. mytoken v0.10.1's own feed writes
// alarm triggers as "-PT3D" (days belong before the "T": "-P3D") and display alarms without the
// DESCRIPTION they require, so strict parsers (Python's icalendar, for one) reject all of it.

export interface ExpiryEvent {
  /** the token's mom_id: the UID the server gives the same event */
  momId: string
  name: string
  /** unix seconds */
  created: number
  expiresAt: number
}

/** The server's reminders: days before expiry, each only when still ahead and in the second half of the lifetime. */
const ALARM_DAYS = [30, 14, 7, 3, 1, 0]

/** RFC 5545 TEXT: backslash, semicolon, comma and line breaks escaped. */
function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n')
}

function utcDateTime(seconds: number): string {
  return new Date(seconds * 1000)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
}

const encoder = new TextEncoder()

/** Folds a content line at 75 octets, never inside a character (RFC 5545, 3.1). */
function fold(line: string): string {
  const parts: string[] = []
  let current = ''
  let octets = 0
  for (const character of line) {
    const size = encoder.encode(character).length
    // continuation lines start with a space, which counts towards their 75 octets
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current)
      current = ''
      octets = 0
    }
    current += character
    octets += size
  }
  parts.push(current)
  return parts.join('\r\n ')
}

export function alarmDays(event: ExpiryEvent, now: number): number[] {
  const halfway = event.created + (event.expiresAt - event.created) / 2
  return ALARM_DAYS.filter((days) => {
    const at = event.expiresAt - days * 86_400
    return at >= now && at >= halfway
  })
}

function trigger(days: number): string {
  return days === 0 ? 'PT0S' : `-P${days}D`
}

function eventLines(event: ExpiryEvent, issuer: string, now: number): string[] {
  const summary = `Mytoken '${event.name}' expires`
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.momId)}`,
    `DTSTAMP:${utcDateTime(now)}`,
    `DTSTART:${utcDateTime(event.expiresAt)}`,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(`The mytoken '${event.name}' from ${issuer} expires.`)}`,
    ...alarmDays(event, now).flatMap((days) => [
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `TRIGGER:${trigger(days)}`,
      `DESCRIPTION:${escapeText(summary)}`,
      'END:VALARM',
    ]),
    'END:VEVENT',
  ]
}

/** The whole file, CRLF line ends; `now` in unix seconds. */
export function expiryCalendarIcs({
  name,
  issuer,
  events,
  now,
}: {
  name: string
  issuer: string
  events: readonly ExpiryEvent[]
  now: number
}): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//mytoken-web//expiry calendar//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    ...events.flatMap((event) => eventLines(event, issuer, now)),
    'END:VCALENDAR',
  ]
  return lines.map(fold).join('\r\n') + '\r\n'
}
