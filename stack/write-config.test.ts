// deploy/write-config.sh: config.json from environment variables, as a container start runs it.
import { expect, test } from 'vitest'
import { allowedOrigins, type RuntimeConfig } from '../scripts/runtime-config.ts'
import { parseRuntimeConfig } from '../src/lib/config.ts'
import { runWriteConfig, runWriteConfigScript } from './write-config-runner.ts'

const config: RuntimeConfig = {
  instances: [
    { issuer: 'https://mytoken.data.kit.edu', name: 'mytoken.data.kit.edu (KIT)' },
    { issuer: 'https://mytok.eu/', name: 'Name with "quotes", a \\ backslash and ümlauts' },
  ],
  spaClients: [
    { providerIssuer: 'https://login.helmholtz.de/oauth2', clientId: 'mytoken-web' },
    { providerIssuer: 'https://login.helmholtz.de/other', clientId: 'second' },
  ],
}

test('writes a config.json the app accepts, with every value kept exactly', () => {
  const { written } = runWriteConfig(config)
  expect(parseRuntimeConfig(written)).toEqual(config)
})

test('prints the nginx CSP origin lines for exactly the configured servers', () => {
  const { originLines } = runWriteConfig(config)
  const { connect, frame } = allowedOrigins(config)
  expect(originLines).toBe(
    `set $mytoken_web_connect_src "${connect.join(' ')}";\n` +
      `set $mytoken_web_frame_src "${frame.join(' ')}";\n`,
  )
})

test('accepts entries on separate lines, without SPA clients', () => {
  const run = runWriteConfigScript({
    MYTOKEN_WEB_INSTANCES: '\n  https://a.example  Server A \n\nhttps://b.example B\n',
  })
  expect(run.status).toBe(0)
  expect(run.written).toEqual({
    instances: [
      { issuer: 'https://a.example', name: 'Server A' },
      { issuer: 'https://b.example', name: 'B' },
    ],
    spaClients: [],
  })
})

test.each([
  [{}, /MYTOKEN_WEB_INSTANCES is empty/],
  [{ MYTOKEN_WEB_INSTANCES: 'mytok.eu mytok' }, /entry 1: "mytok.eu" is not an http\(s\) URL/],
  [{ MYTOKEN_WEB_INSTANCES: 'https://a.example A;https://b.example' }, /entry 2 .* has no name/],
  [{ MYTOKEN_WEB_INSTANCES: 'https://a"b.example A' }, /is not an http\(s\) URL/],
  [{ MYTOKEN_WEB_INSTANCES: 'https://a.example\tA' }, /control character/],
  [
    { MYTOKEN_WEB_INSTANCES: 'https://a.example A', MYTOKEN_WEB_SPA_CLIENTS: 'https://op.example' },
    /MYTOKEN_WEB_SPA_CLIENTS entry 1 .* has no client id/,
  ],
])('refuses %j with a clear message and writes nothing', (variables, message) => {
  const run = runWriteConfigScript(variables)
  expect(run.status).toBe(2)
  expect(run.stderr).toMatch(message)
  expect(run.written).toBeUndefined()
})
