import { expect, test } from 'vitest'
import { describeEvent } from './events'

test('server events are named in words; unknown ones are shown with spaces', () => {
  expect(describeEvent('AT_created', 'en')).toBe('Access token obtained')
  // also logged when the requesting app collects a consent-flow token: said in words
  expect(describeEvent('transfer_code_used', 'en')).toMatch(
    /^Token handed over: collected by the app that asked for it/,
  )
  expect(describeEvent('transfer_code_used', 'de')).toMatch(/^Token übergeben: von der anfragenden/)
  expect(describeEvent('calendar_created', 'de')).toBe('Kalender erstellt')
  expect(describeEvent('moon_landing_done', 'en')).toBe('moon landing done')
})
