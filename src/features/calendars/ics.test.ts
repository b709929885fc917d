import ICAL from 'ical.js'
import { expect, test } from 'vitest'
import { alarmDays, expiryCalendarIcs, type ExpiryEvent } from './ics'

const DAY = 86_400
const now = 1_800_000_000
const event = (over: Partial<ExpiryEvent> = {}): ExpiryEvent => ({
  momId: 'mom/1+x==',
  name: 'Cluster job',
  created: now,
  expiresAt: now + 40 * DAY,
  ...over,
})

test('reminders as the server sets them: ahead of now and in the second half of the lifetime', () => {
  expect(alarmDays(event(), now)).toEqual([14, 7, 3, 1, 0])
  expect(alarmDays(event({ created: now - 100 * DAY }), now)).toEqual([30, 14, 7, 3, 1, 0])
  expect(alarmDays(event({ expiresAt: now + 2 * DAY, created: now - DAY }), now)).toEqual([1, 0])
})

test('alarm triggers are RFC 5545 durations, and every display alarm has a description', () => {
  const ics = expiryCalendarIcs({
    name: 'Expiry',
    issuer: 'https://mt.example',
    events: [event()],
    now,
  })
  const triggers = [...ics.matchAll(/^TRIGGER:(.*)$/gm)].map((m) => m[1]!.trim())
  expect(triggers).toEqual(['-P14D', '-P7D', '-P3D', '-P1D', 'PT0S'])
  const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!
  const alarms = vevent.getAllSubcomponents('valarm')
  expect(alarms.map((a) => a.getFirstPropertyValue('description'))).toEqual(
    Array(5).fill("Mytoken 'Cluster job' expires"),
  )
  expect(vevent.getFirstPropertyValue('uid')).toBe('mom/1+x==')
  expect(vevent.hasProperty('dtend')).toBe(false)
  expect(new ICAL.Event(vevent).startDate.toUnixTime()).toBe(now + 40 * DAY)
})

test('text is escaped and long lines are folded at 75 octets without splitting a character', () => {
  const name = 'Ärger; mit, Kommas\\ und einem sehr langen Namen, der über die Zeile hinausgeht 🙂'
  const ics = expiryCalendarIcs({
    name: 'Expiry',
    issuer: 'https://mt.example',
    events: [event({ name })],
    now,
  })
  for (const line of ics.split('\r\n'))
    expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
  expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true)
  expect(ics).not.toMatch(/[^\r]\n/)
  const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!
  expect(vevent.getFirstPropertyValue('summary')).toBe(`Mytoken '${name}' expires`)
})
