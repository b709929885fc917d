import { afterEach, describe, expect, test, vi } from 'vitest'
import { loadRuntimeConfig, parseRuntimeConfig, RuntimeConfigError, sameIssuer } from './config'

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

describe('loadRuntimeConfig says what is wrong with the file', () => {
  afterEach(() => vi.unstubAllGlobals())
  const answer = (body: string, init?: ResponseInit) =>
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response(body, init))),
    )

  test.each([
    ['{ "instances": [ ] ', /^\/config.json is not valid JSON: /],
    [
      '<!doctype html><html></html>',
      /^\/config.json is an HTML page, not JSON: the file is missing$/,
    ],
    ['{ "instances": [] }', /^\/config.json is invalid: "instances" must list at least one/],
    ['[null]', /^\/config.json is invalid: "instances" must list/],
    ['{ "instances": [null] }', /^\/config.json is invalid: instances\[0\].issuer must be/],
  ])('%s', async (body, message) => {
    answer(body)
    await expect(loadRuntimeConfig()).rejects.toThrow(message)
  })

  test('a missing file', async () => {
    answer('Not Found', { status: 404 })
    const error = await loadRuntimeConfig().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RuntimeConfigError)
    expect((error as Error).message).toBe('/config.json answered HTTP 404: the file is missing')
  })

  test('a network failure', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    )
    await expect(loadRuntimeConfig()).rejects.toThrow(
      '/config.json could not be loaded (Failed to fetch)',
    )
  })

  test('a valid file', async () => {
    answer('{ "instances": [{ "issuer": "https://mytok.eu", "name": "mytok.eu" }] }')
    await expect(loadRuntimeConfig()).resolves.toEqual({
      instances: [{ issuer: 'https://mytok.eu', name: 'mytok.eu' }],
      spaClients: [],
    })
  })
})
