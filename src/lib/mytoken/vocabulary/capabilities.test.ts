import { expect, test } from 'vitest'
import {
  capabilityRisk,
  capabilityRisks,
  describeCapability,
  describeRisk,
  grants,
  hasCapability,
  isPowerfulCapability,
} from './capabilities'

test('capabilities are described in words; unknown ones say so', () => {
  expect(describeCapability('AT', 'en')).toBe('obtain OpenID Connect access tokens')
  expect(describeCapability('manage_mytokens:revoke', 'de')).toBe(
    'jedes mytoken dieses Benutzers widerrufen',
  )
  expect(describeCapability('fly_to_the_moon', 'en')).toBe('a capability this app does not know')
})

test('capability hierarchy follows the server: prefixes grant more, read@ never grants write', () => {
  expect(hasCapability(['tokeninfo'], 'tokeninfo:history')).toBe(true)
  expect(hasCapability(['tokeninfo:introspect'], 'tokeninfo:history')).toBe(false)
  expect(hasCapability(['settings:email'], 'read@settings:email')).toBe(true)
  expect(hasCapability(['read@settings'], 'settings:email')).toBe(false)
  expect(hasCapability(['read@settings'], 'read@settings:email')).toBe(true)
  expect(hasCapability(['tokeninfo:history:x'], 'tokeninfo:history')).toBe(false)
})

test('every capability of the tree, read@ variants included, is described in both languages', () => {
  for (const name of capabilityRisks.keys()) {
    expect(describeCapability(name, 'en'), name).not.toBe(describeCapability('?', 'en'))
    expect(describeCapability(name, 'de'), name).not.toBe(describeCapability('?', 'de'))
  }
})

test('one risk level per capability: beyond the token itself is powerful, read@ is normal', () => {
  expect(capabilityRisk('AT')).toBe('normal')
  expect(capabilityRisk('tokeninfo:history')).toBe('normal')
  expect(capabilityRisk('create_mytoken')).toBe('powerful')
  expect(capabilityRisk('manage_mytokens:list')).toBe('powerful')
  expect(capabilityRisk('read@manage_mytokens:notify')).toBe('normal')
  expect(capabilityRisk('settings')).toBe('veryPowerful')
  expect(capabilityRisk('read@settings')).toBe('normal')
  expect(capabilityRisk('settings:grants')).toBe('veryPowerful')
  expect(capabilityRisk('read@settings:grants')).toBe('normal')
  expect(capabilityRisk('settings:email')).toBe('normal')
  expect(capabilityRisk('fly_to_the_moon')).toBeUndefined()
  expect(isPowerfulCapability('create_mytoken')).toBe(true)
  expect(isPowerfulCapability('read@settings:email')).toBe(false)
  expect(isPowerfulCapability('fly_to_the_moon')).toBe(false)
  expect(describeRisk('veryPowerful', 'de')).toBe('sehr weitreichend')
  expect(describeRisk(undefined, 'en')).toBe('unknown')
  for (const [name, risk] of capabilityRisks) {
    if (name.startsWith('read@')) expect(risk, name).toBe('normal')
  }
})

test('grants: one held capability against one wanted', () => {
  expect(grants('manage_mytokens', 'manage_mytokens:list')).toBe(true)
  expect(grants('manage_mytokens:list', 'manage_mytokens')).toBe(false)
  expect(grants('read@settings', 'read@settings:grants:ssh')).toBe(true)
  expect(grants('settings_x', 'settings')).toBe(false)
})
