import { expect, test } from 'vitest'
import { describeEvent } from './events'

test('server events are named in words; unknown ones are shown with spaces', () => {
  expect(describeEvent('AT_created', 'en')).toBe('Access token obtained')
  expect(describeEvent('transfer_code_used', 'en')).toBe('Transfer code redeemed')
  expect(describeEvent('transfer_code_used', 'de')).toBe('Transfer-Code eingelöst')
  expect(describeEvent('calendar_created', 'de')).toBe('Kalender erstellt')
  expect(describeEvent('moon_landing_done', 'en')).toBe('moon landing done')
})
