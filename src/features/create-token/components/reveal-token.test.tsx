// Component test of the reveal page: the client talks to a fake fetch (no server), so the
// rotation and transfer-code paths that the real stack rarely shows can be checked.
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { expect, test } from 'vitest'
import { createMytokenClient, type FetchLike } from '@/lib/mytoken/api/client'
import type { MytokenResponse } from '@/lib/mytoken/api/schemas'
import { testDiscovery } from '@/testing/fixtures'
import { renderWithProviders } from '@/testing/render-with-providers'
import { RevealToken } from './reveal-token'

const discovery = testDiscovery('https://mt.example', {
  token_transfer_endpoint: 'https://mt.example/api/v0/token/transfer',
})

const FIRST = 'A'.repeat(64)
const SECOND = 'B'.repeat(64)

function renderReveal(response: MytokenResponse, fetchImpl: FetchLike, requestedName = 'Job') {
  const client = createMytokenClient(discovery, fetchImpl)
  const router = createMemoryRouter(
    [
      {
        path: '/create',
        element: (
          <RevealToken
            created={{ response, requestedName, providerName: 'OP', createdAt: Date.now() }}
            client={client}
            discovery={discovery}
            onDone={() => undefined}
          />
        ),
      },
    ],
    { initialEntries: ['/create'] },
  )
  renderWithProviders(<RouterProvider router={router} />)
}

test('testing a rotating token shows the access token facts and swaps in the rotated token', async () => {
  const requests: unknown[] = []
  const fetchImpl: FetchLike = async (_url, init) => {
    requests.push(JSON.parse(String(init?.body)))
    return new Response(
      JSON.stringify({
        access_token: 'at-secret',
        scope: 'openid email',
        expires_in: 3600,
        audience: ['https://service.example'],
        token_update: { mytoken: SECOND, mytoken_type: 'short_token' },
      }),
      { status: 200 },
    )
  }
  renderReveal(
    {
      mytoken: FIRST,
      mytoken_type: 'short_token',
      capabilities: ['AT'],
      rotation: { on_AT: true, auto_revoke: true },
      restrictions: [{ usages_AT: 5 }],
    },
    fetchImpl,
  )
  const user = userEvent.setup()
  expect(
    screen.getByText(/^It is replaced by a new string after every access token request\./),
  ).toBeVisible()
  expect(screen.getByText('At most 5 access tokens.')).toBeVisible()

  await user.click(screen.getByRole('button', { name: 'Obtain a test access token' }))
  expect(await screen.findByText(/It works/)).toBeVisible()
  expect(screen.getByText('openid email')).toBeVisible()
  expect(screen.getByText('https://service.example')).toBeVisible()
  expect(screen.getByText('1h')).toBeVisible()
  expect(screen.queryByText('at-secret')).toBeNull()
  expect(requests).toEqual([
    { grant_type: 'mytoken', mytoken: FIRST, comment: 'test from mytoken-web app' },
  ])

  expect(screen.getByText(/The server rotated the token/)).toBeVisible()
  await user.click(screen.getAllByRole('button', { name: 'Show' })[0]!)
  expect(screen.getByText(SECOND)).toBeVisible()
  expect(screen.queryByText(FIRST)).toBeNull()
})

test('a token delivered as a transfer code shows the code, without snippets or tests', () => {
  renderReveal({ mytoken_type: 'transfer_code', transfer_code: 'ABCDEFGH', expires_in: 300 }, () =>
    Promise.reject(new Error('no request expected')),
  )
  expect(screen.getByText('Your transfer code is ready')).toBeVisible()
  expect(screen.getByText(/within 5 minutes/)).toBeVisible()
  expect(screen.getByLabelText('Transfer code')).toHaveTextContent('hidden (8 characters)')
  expect(screen.queryByRole('button', { name: 'Obtain a test access token' })).toBeNull()
  expect(screen.queryByText('Use it')).toBeNull()
})

test('the name is shown through displayableName: unescaped once, direction controls marked', () => {
  const unused: FetchLike = () => Promise.reject(new Error('no request expected'))
  renderReveal(
    { mytoken: FIRST, mytoken_type: 'short_token', capabilities: ['AT'] },
    unused,
    'invoice\u202egnp.exe &lt;img&gt;',
  )
  expect(screen.getByText('invoice⟨U+202E⟩gnp.exe <img>')).toBeVisible()
  expect(screen.queryByText(/&lt;/)).toBeNull()
})
