// Strict checks of an iCalendar file (RFC 5545): Python's `icalendar` where one is installed,
// and always ical.js plus the rules it lets pass (duration syntax, required properties).
import { execFileSync, spawnSync } from 'node:child_process'
import ICAL from 'ical.js'

// RFC 5545, 3.3.6: dur-value = ["+" / "-"] "P" (dur-date / dur-time / dur-week)
const TIME = String.raw`T(?:\d+H(?:\d+M(?:\d+S)?)?|\d+M(?:\d+S)?|\d+S)`
const DURATION = new RegExp(String.raw`^[+-]?P(?:\d+W|\d+D(?:${TIME})?|${TIME})$`)

/** A Python that imports `icalendar`: ICALENDAR_PYTHON, else python3; undefined if none does. */
function pythonWithIcalendar(): string | undefined {
  for (const python of [process.env.ICALENDAR_PYTHON, 'python3']) {
    if (!python) continue
    const probe = spawnSync(python, ['-c', 'import icalendar'], { stdio: 'ignore' })
    if (probe.status === 0) return python
  }
  return undefined
}

/** Parses with `icalendar` (it raises on an invalid duration); the error text, or undefined. */
function icalendarError(python: string, ics: string): string | undefined {
  const script = [
    'import sys, icalendar',
    'cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())',
    'for c in cal.walk():',
    '    [c.decoded(k) for k in c.keys() if k in ("TRIGGER", "DTSTART", "DTSTAMP")]',
    '    if getattr(c, "errors", None): raise ValueError(c.errors)',
  ].join('\n')
  try {
    execFileSync(python, ['-c', script], { input: ics, stdio: ['pipe', 'ignore', 'pipe'] })
    return undefined
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? error).trim()
    return stderr.split('\n').at(-1)
  }
}

/** What RFC 5545 requires and ical.js does not check; an empty list for a valid file. */
export function rfc5545Problems(ics: string): string[] {
  const problems: string[] = []
  if (/[^\r]\n/.test(ics)) problems.push('lines must end in CRLF')
  const root = new ICAL.Component(ICAL.parse(ics))
  for (const name of ['prodid', 'version'])
    if (!root.hasProperty(name)) problems.push(`VCALENDAR without ${name.toUpperCase()}`)
  for (const event of root.getAllSubcomponents('vevent')) {
    for (const name of ['uid', 'dtstamp', 'dtstart'])
      if (!event.hasProperty(name)) problems.push(`VEVENT without ${name.toUpperCase()}`)
    const start = event.getFirstPropertyValue('dtstart')?.toString()
    const end = event.getFirstPropertyValue('dtend')?.toString()
    if (end !== undefined && end === start) problems.push('DTEND must be later than DTSTART')
    for (const alarm of event.getAllSubcomponents('valarm')) {
      if (!alarm.hasProperty('trigger')) problems.push('VALARM without TRIGGER')
      if (alarm.getFirstPropertyValue('action') === 'DISPLAY' && !alarm.hasProperty('description'))
        problems.push('DISPLAY alarm without DESCRIPTION')
    }
  }
  // ical.js reads "-PT3D" as three days: the raw text is checked
  const unfolded = ics.replace(/\r?\n[ \t]/g, '').split(/\r?\n/)
  for (const line of unfolded.filter((l) => /^TRIGGER[;:]/.test(l))) {
    const value = line.slice(line.indexOf(':') + 1)
    if (!DURATION.test(value)) problems.push(`TRIGGER ${value} is no RFC 5545 duration`)
  }
  return [...new Set(problems)]
}

/** Each event's summary and start (unix seconds), sorted by summary. */
export function eventsIn(ics: string) {
  const root = new ICAL.Component(ICAL.parse(ics))
  return root
    .getAllSubcomponents('vevent')
    .map((vevent) => {
      const event = new ICAL.Event(vevent)
      return { summary: event.summary, start: event.startDate.toUnixTime() }
    })
    .sort((a, b) => a.summary.localeCompare(b.summary))
}

/**
 * Parses strictly: with Python's `icalendar` where one is installed (`ICALENDAR_PYTHON`), else
 * with ical.js and the RFC 5545 rules above. `error` is undefined for a valid file.
 */
export function strictParse(ics: string): { parser: string; error: string | undefined } {
  const python = pythonWithIcalendar()
  if (python) return { parser: `Python icalendar (${python})`, error: icalendarError(python, ics) }
  const problems = rfc5545Problems(ics)
  return {
    parser: 'ical.js and RFC 5545 checks',
    error: problems.length > 0 ? problems.join('; ') : undefined,
  }
}
