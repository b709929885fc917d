import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { base64url, exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose'
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest'
import type { RuntimeConfig } from '@/lib/config'
import type { Language } from '@/lib/i18n/i18n'
import { loadClientModule } from '@/lib/instance/client-loader'
import { InstanceProvider } from '@/lib/instance/instance-provider'
import { testDiscovery } from '@/testing/fixtures'
import { renderWithProviders } from '@/testing/render-with-providers'
import { TokenInfoPage } from './token-info-page'

// Two configured instances; the selected one is A. A token issued by B must be verified with
// B's keys and checked at B's endpoints.
const config: RuntimeConfig = {
  instances: [
    { issuer: 'http://a.test', name: 'Instance A' },
    { issuer: 'http://b.test', name: 'Instance B' },
  ],
  spaClients: [],
}

function discovery(issuer: string) {
  return testDiscovery(issuer, {
    token_transfer_endpoint: `${issuer}/api/v0/token/transfer`,
    providers_supported: [{ issuer: 'http://op.test', name: 'Test OP', scopes_supported: [] }],
    token_signing_alg_value: 'ES512',
    tokeninfo_endpoint_actions_supported: ['introspect', 'event_history', 'subtokens'],
  })
}

const requests: string[] = []
let publicJwk: JWK
let privateKey: CryptoKey
const server = setupServer()

beforeAll(async () => {
  // the client's code up front: its first load (a module transform in Vitest) can outlast a
  // findBy wait on a busy machine
  await loadClientModule()
  const pair = await generateKeyPair('ES512', { extractable: true })
  privateKey = pair.privateKey
  publicJwk = { ...(await exportJWK(pair.publicKey)), alg: 'ES512', use: 'sig', kid: 'k1' }
  server.listen({ onUnhandledFrame: 'error' })
  server.events.on('request:start', ({ request }) => {
    requests.push(`${request.method} ${request.url}`)
  })
})
afterEach(() => {
  server.resetHandlers()
  requests.length = 0
})
afterAll(() => server.close())

function useInstances() {
  server.use(
    http.get('http://a.test/.well-known/mytoken-configuration', () =>
      HttpResponse.json(discovery('http://a.test')),
    ),
    http.get('http://b.test/.well-known/mytoken-configuration', () =>
      HttpResponse.json(discovery('http://b.test')),
    ),
    http.get('http://b.test/jwks', () => HttpResponse.json({ keys: [publicJwk] })),
  )
}

async function tokenFromB() {
  const now = Math.floor(Date.now() / 1000)
  return new SignJWT({
    ver: '0.7',
    token_type: 'mytoken',
    sub: 'c3Vi',
    aud: 'http://b.test',
    nbf: now,
    jti: 'id-1',
    seq_no: 1,
    name: 'from B',
    oidc_sub: 'alice',
    oidc_iss: 'http://op.test',
    capabilities: ['tokeninfo:introspect'],
  })
    .setProtectedHeader({ alg: 'ES512', typ: 'MT+JWT', kid: 'k1' })
    .setIssuer('http://b.test')
    .setIssuedAt(now)
    .sign(privateKey)
}

function renderPage(language: Language = 'en') {
  return renderWithProviders(
    <InstanceProvider config={config}>
      <TokenInfoPage />
    </InstanceProvider>,
    { language },
  )
}

test('a token of another configured instance is verified with that instance’s keys', async () => {
  useInstances()
  const user = userEvent.setup()
  renderPage()
  await user.click(screen.getByLabelText('Paste a mytoken'))
  await user.paste(await tokenFromB())
  await user.click(screen.getByRole('button', { name: 'Inspect' }))

  expect(
    await screen.findByText(/The signature is valid: this token was issued by Instance B/),
  ).toBeInTheDocument()
  expect(screen.getByText(/^Test OP/)).toBeInTheDocument()
  expect(screen.getByText('from B')).toBeInTheDocument()
  // nothing but public documents was requested: the token itself was sent nowhere
  expect(requests.every((r) => r.startsWith('GET '))).toBe(true)
  expect(requests).toContain('GET http://b.test/jwks')
})

test('a changed token does not match the signature, and "Check at the server" asks its own instance', async () => {
  useInstances()
  server.use(
    http.post('http://b.test/api/v0/tokeninfo', () =>
      HttpResponse.json(
        { error: 'invalid_token', error_description: 'token not valid' },
        { status: 401 },
      ),
    ),
  )
  const token = await tokenFromB()
  const [header, payload, signature] = token.split('.') as [string, string, string]
  // a different name in the payload, with the original signature
  const claims = JSON.parse(new TextDecoder().decode(base64url.decode(payload))) as object
  const changed = base64url.encode(JSON.stringify({ ...claims, name: 'changed' }))
  const user = userEvent.setup()
  renderPage()
  await user.click(screen.getByLabelText('Paste a mytoken'))
  await user.paste(`${header}.${changed}.${signature}`)
  await user.click(screen.getByRole('button', { name: 'Inspect' }))

  expect(await screen.findByText(/The signature does not match/)).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Check at the server' }))
  expect(
    await screen.findByText(/it is not valid — expired, revoked or rotated away/),
  ).toBeInTheDocument()
  expect(requests).toContain('POST http://b.test/api/v0/tokeninfo')
  expect(requests.some((r) => r.startsWith('POST http://a.test'))).toBe(false)
})

test.each([
  [401, 'expired_token', /This transfer code has expired/],
  [401, 'invalid_token', /not known to Instance A: it was already used or has expired/],
])('a transfer code answered with %i %s gets its own message', async (status, error, message) => {
  useInstances()
  server.use(
    http.post('http://a.test/api/v0/token/my', () =>
      HttpResponse.json({ error, error_description: 'Bad polling or transfer code' }, { status }),
    ),
  )
  const user = userEvent.setup()
  renderPage()
  await user.type(screen.getByLabelText('Paste a mytoken'), 'KzQpRtWx')
  await user.click(screen.getByRole('button', { name: 'Inspect' }))
  await user.click(await screen.findByRole('button', { name: 'Exchange for the token' }))
  expect(await screen.findByText(message)).toBeInTheDocument()
})

test('the page speaks German, including the specific field messages', async () => {
  useInstances()
  const user = userEvent.setup()
  renderPage('de')
  await user.click(screen.getByRole('button', { name: 'Prüfen' }))
  expect(screen.getByRole('alert')).toHaveTextContent(
    'Fügen Sie zuerst ein Token ein: Das Feld ist leer.',
  )
  expect(screen.getByLabelText('mytoken einfügen')).toHaveAttribute('aria-invalid', 'true')
})
