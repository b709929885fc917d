import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, beforeEach, expect, test, vi } from 'vitest'
import { createMytokenClient } from '@/lib/mytoken/api/client'
import { TEST_ISSUER, testDiscovery } from '@/testing/fixtures'
import { renderWithProviders } from '@/testing/render-with-providers'
import { AccessTokenPage } from './access-token-page'

const provider = {
  issuer: 'https://op.example',
  name: 'Test OP',
  scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
}
const discovery = testDiscovery(TEST_ISSUER, { providers_supported: [provider] })
const endpoints = {
  my: `${TEST_ISSUER}/api/v0/token/my`,
  access: `${TEST_ISSUER}/api/v0/token/access`,
  revoke: `${TEST_ISSUER}/api/v0/token/revoke`,
}

const bodies: { url: string; body: Record<string, unknown> }[] = []
const server = setupServer()
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
beforeEach(() => {
  bodies.length = 0
  vi.spyOn(window, 'open').mockReturnValue(null)
  server.events.on('request:start', ({ request }) => {
    void request
      .clone()
      .text()
      .then((text) => bodies.push({ url: request.url, body: JSON.parse(text || '{}') }))
  })
})
afterEach(() => {
  server.resetHandlers()
  server.events.removeAllListeners()
})
afterAll(() => server.close())

function serverAnswers(accessToken: () => Response) {
  server.use(
    http.post(endpoints.my, async ({ request }) => {
      const body = (await request.clone().json()) as Record<string, unknown>
      if (body.grant_type === 'oidc_flow')
        return HttpResponse.json({
          consent_uri: `${TEST_ISSUER}/c/abc`,
          polling_code: 'poll-1',
          expires_in: 300,
          interval: 1,
        })
      return HttpResponse.json({ mytoken: 'short-lived-mytoken', mytoken_type: 'token' })
    }),
    http.post(endpoints.access, accessToken),
    http.post(endpoints.revoke, () => new HttpResponse(null, { status: 204 })),
  )
}

function renderPage(audience = '') {
  return renderWithProviders(
    <AccessTokenPage
      client={createMytokenClient(discovery)}
      providers={[provider]}
      initialValues={{ providerIssuer: provider.issuer, scopes: ['openid', 'profile'], audience }}
      applicationName="mytoken-web app"
    />,
  )
}

const sent = (url: string) => bodies.filter((b) => b.url === url).map((b) => b.body)

test('bad input is named at its field, focus goes there, and nothing is sent', async () => {
  const user = userEvent.setup()
  renderPage()
  await user.click(screen.getByRole('checkbox', { name: 'openid' }))
  await user.click(screen.getByRole('checkbox', { name: 'profile' }))
  await user.type(screen.getByLabelText('Audience (optional)'), 'https://a.example/#x')
  await user.click(screen.getByRole('button', { name: 'Approve and get access token' }))
  expect(screen.getByRole('alert')).toHaveTextContent('nothing was sent')
  expect(screen.getByText('Choose at least one scope.')).toBeInTheDocument()
  expect(screen.getByText(/without a # part\): https:\/\/a\.example\/#x/)).toBeInTheDocument()
  expect(screen.getByLabelText('Audience (optional)')).toHaveAttribute('aria-invalid', 'true')
  await waitFor(() => expect(screen.getByRole('checkbox', { name: 'openid' })).toHaveFocus())
  expect(screen.getByLabelText('Audience (optional)')).toHaveValue('https://a.example/#x')
  expect(bodies).toEqual([])
  expect(screen.queryByRole('checkbox', { name: 'offline_access' })).not.toBeInTheDocument()
})

test('approve → one access token with exactly the chosen scopes and audience → the mytoken is revoked', async () => {
  const user = userEvent.setup()
  serverAnswers(() =>
    HttpResponse.json({
      access_token: 'the-access-token',
      token_type: 'Bearer',
      expires_in: 3600,
      scope: 'openid profile offline_access',
      audience: ['https://a.example'],
    }),
  )
  renderPage('https://a.example')
  await user.click(screen.getByRole('button', { name: 'Approve and get access token' }))
  const heading = await screen.findByRole(
    'heading',
    { name: 'Your access token' },
    { timeout: 5000 },
  )
  expect(heading).toHaveFocus()
  expect(sent(endpoints.my)[0]).toMatchObject({
    grant_type: 'oidc_flow',
    oidc_issuer: provider.issuer,
    capabilities: ['AT'],
    restrictions: [{ usages_AT: 1, scope: 'openid profile', audience: ['https://a.example'] }],
    rotation: { on_AT: false, on_other: false },
  })
  expect(sent(endpoints.access)).toEqual([
    {
      grant_type: 'mytoken',
      mytoken: 'short-lived-mytoken',
      scope: 'openid profile',
      audience: 'https://a.example',
      comment: 'on demand in mytoken-web',
    },
  ])
  expect(sent(endpoints.revoke)).toEqual([{ token: 'short-lived-mytoken', recursive: false }])
  expect(screen.getByRole('timer')).toHaveTextContent(/^Expires in (59:59|1:00:00)/)
  expect(screen.getByText('Granted in addition: offline_access')).toBeInTheDocument()
  expect(screen.queryByText(/short-lived-mytoken/)).not.toBeInTheDocument()
  expect(screen.getByText(/\| curl -H @- 'https:\/\/a.example'/)).toBeInTheDocument()
}, 15_000)

test('a refusal by the server is named, the input stays, and the mytoken is revoked anyway', async () => {
  const user = userEvent.setup()
  serverAnswers(() =>
    HttpResponse.json(
      { error: 'oidc_error', error_description: 'invalid_scope: scope not allowed' },
      { status: 400 },
    ),
  )
  renderPage('client-7')
  await user.click(screen.getByRole('button', { name: 'Approve and get access token' }))
  expect(
    await screen.findByText(
      'The OpenID provider refused to issue the access token: invalid_scope: scope not allowed',
      undefined,
      { timeout: 5000 },
    ),
  ).toBeInTheDocument()
  await waitFor(() => expect(sent(endpoints.revoke)).toHaveLength(1))
  expect(screen.getByLabelText('Audience (optional)')).toHaveValue('client-7')
  expect(screen.getByRole('checkbox', { name: 'profile' })).toBeChecked()
}, 15_000)

test('German texts', () => {
  renderWithProviders(
    <AccessTokenPage
      client={createMytokenClient(discovery)}
      providers={[provider]}
      initialValues={{ providerIssuer: provider.issuer, scopes: ['openid'], audience: '' }}
      applicationName="app"
    />,
    { language: 'de' },
  )
  expect(screen.getByRole('button', { name: 'Bestätigen und Access-Token holen' })).toBeVisible()
  expect(screen.getByText(/Nichts wird gespeichert/)).toBeVisible()
})

test('a provider that lists no scopes gets a text field that keeps spaces while typing', async () => {
  const user = userEvent.setup()
  const silent = { issuer: 'https://silent.example', scopes_supported: [] }
  renderWithProviders(
    <AccessTokenPage
      client={createMytokenClient(discovery)}
      providers={[provider, silent]}
      initialValues={{ providerIssuer: provider.issuer, scopes: ['openid'], audience: '' }}
      applicationName="app"
    />,
  )
  await user.selectOptions(screen.getByLabelText('OpenID provider'), silent.issuer)
  const typed = screen.getByLabelText('Scopes (separated by spaces)')
  expect(typed).toHaveValue('openid')
  await user.type(typed, ' storage.read "x')
  expect(typed).toHaveValue('openid storage.read "x')
  await user.click(screen.getByRole('button', { name: 'Approve and get access token' }))
  expect(
    screen.getByText('A scope may not contain spaces, quotes or backslashes: "x'),
  ).toBeInTheDocument()
  expect(bodies).toEqual([])
})
