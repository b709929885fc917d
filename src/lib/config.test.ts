import { expect, test } from 'vitest'
import { parseRuntimeConfig, sameIssuer } from './config'

test('a valid configuration is read, with spaClients optional', () => {
  expect(
    parseRuntimeConfig({ instances: [{ issuer: 'https://mytok.eu', name: 'mytok.eu' }] }),
  ).toEqual({
    instances: [{ issuer: 'https://mytok.eu', name: 'mytok.eu' }],
    spaClients: [],
  })
})

test('each mistake is named precisely', () => {
  expect(() => parseRuntimeConfig({})).toThrow('"instances" must list at least one mytoken server')
  expect(() => parseRuntimeConfig({ instances: [{ issuer: 'mytok.eu', name: 'x' }] })).toThrow(
    'instances[0].issuer must be an http(s) URL',
  )
  expect(() =>
    parseRuntimeConfig({ instances: [{ issuer: 'https://a.example', name: '' }] }),
  ).toThrow('instances[0].name must be a non-empty text')
  expect(() =>
    parseRuntimeConfig({
      instances: [{ issuer: 'https://a.example', name: 'a' }],
      spaClients: [{ providerIssuer: 'https://op.example' }],
    }),
  ).toThrow('spaClients[0].clientId must be a non-empty text')
})

test('issuers match with or without a trailing slash', () => {
  expect(
    sameIssuer('https://login.helmholtz.de/oauth2/', 'https://login.helmholtz.de/oauth2'),
  ).toBe(true)
  expect(sameIssuer('https://a.example', 'https://b.example')).toBe(false)
})
