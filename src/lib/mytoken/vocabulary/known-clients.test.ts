import { expect, test } from 'vitest'
import { knownClientOf } from './known-clients'

test('tokens of the built-in interface and the command-line client are recognised', () => {
  expect(knownClientOf({ name: 'mytoken-web' })).toBe('builtInInterfaceSession')
  expect(knownClientOf({ name: 'job', user_agent: 'mytoken client 0.7.1' })).toBe(
    'commandLineClient',
  )
  expect(knownClientOf({ name: 'x', user_agent: 'mytokenlib' })).toBe('mytokenLibrary')
  expect(knownClientOf({ name: 'mytoken-web app session', user_agent: 'Mozilla/5.0' })).toBe(
    undefined,
  )
  expect(knownClientOf({ name: 'TOAR' })).toBeUndefined()
})
