import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, beforeEach, expect, test, vi } from 'vitest'
import { createMytokenClient } from '@/lib/mytoken/api/client'
import type { TokenTree } from '@/lib/mytoken/api/schemas'
import { sessionStore } from '@/lib/mytoken/browser-state/session-store'
import { signInForTest, TEST_ISSUER, testDiscovery } from '@/testing/fixtures'
import { renderWithProviders, testQueryClient } from '@/testing/render-with-providers'
import { tokenQueries } from '../api'
import { RevokeTokensDialog } from './revoke-tokens-dialog'

const ISSUER = TEST_ISSUER
const discovery = testDiscovery()

const requests: { mom_id: string; recursive: boolean; token: string }[] = []
const server = setupServer(
  http.post(`${ISSUER}/api/v0/token/revoke`, async ({ request }) => {
    const body = (await request.json()) as { mom_id: string; recursive: boolean; token: string }
    requests.push(body)
    if (body.mom_id === 'two')
      return HttpResponse.json(
        {
          error: 'invalid_grant',
          error_description: 'The provided token cannot be used to revoke this mom_id',
        },
        { status: 403 },
      )
    return new HttpResponse(null, { status: 204 })
  }),
)

beforeAll(() => {
  server.listen({ onUnhandledFrame: 'error' })
})
afterEach(() => {
  server.resetHandlers()
  requests.length = 0
  sessionStore.clear()
})
afterAll(() => server.close())
beforeEach(() => {
  signInForTest()
})

const leaf = (mom_id: string, name: string): TokenTree => ({
  token: { mom_id, name, created: 1 },
})

test('a bulk revoke reports the one failure by name and still revokes and removes the others', async () => {
  const user = userEvent.setup()
  const client = createMytokenClient(discovery)
  const queryClient = testQueryClient()
  const listKey = tokenQueries.list(client, 'session').queryKey
  queryClient.setQueryData(listKey, [
    leaf('session', 'mytoken-web session'),
    leaf('one', 'Job one'),
    leaf('two', 'Job two'),
    { token: { mom_id: 'three', name: '', created: 1 }, children: [leaf('three-a', 'Child')] },
  ])
  const onClose = vi.fn()
  renderWithProviders(
    <RevokeTokensDialog
      client={client}
      sessionMomId="session"
      targets={[
        { momId: 'one', name: 'Job one', descendantCount: 0 },
        { momId: 'two', name: 'Job two', descendantCount: 0 },
        { momId: 'three', name: '', descendantCount: 1 },
      ]}
      onClose={onClose}
    />,
    { queryClient },
  )

  const dialog = screen.getByRole('dialog', { name: 'Revoke 3 tokens?' })
  expect(within(dialog).getByText('unnamed')).toBeInTheDocument()
  const recursive = within(dialog).getByLabelText('Also revoke their sub-tokens')
  expect(recursive).toBeChecked() // one of them has a sub-token
  await user.click(recursive)
  await user.click(within(dialog).getByRole('button', { name: 'Revoke 3 tokens' }))

  const status = await within(dialog).findByText('2 revoked, 1 failed.')
  const results = status.closest('[role="status"]') as HTMLElement
  expect(results).toHaveTextContent('Revoked: Job one')
  expect(results).toHaveTextContent(
    'Not revoked: Job two — The server rejected the request: The provided token cannot be used to revoke this mom_id',
  )
  expect(results).toHaveTextContent('Revoked: unnamed')

  // one request per token, in order, non-recursive as chosen, authenticated by the session
  expect(requests.map((r) => [r.mom_id, r.recursive, r.token])).toEqual([
    ['one', false, 'session-token'],
    ['two', false, 'session-token'],
    ['three', false, 'session-token'],
  ])
  // the list drops the revoked ones at once; a non-recursive revoke promotes the child
  const forest = queryClient.getQueryData<TokenTree[]>(listKey) ?? []
  expect(forest.map((t) => t.token.mom_id)).toEqual(['session', 'two', 'three-a'])

  await user.click(within(dialog).getByRole('button', { name: 'Close' }))
  expect(onClose).toHaveBeenCalledWith([
    expect.objectContaining({ ok: true }),
    expect.objectContaining({ ok: false }),
    expect.objectContaining({ ok: true }),
  ])
})

test('revoking recursively, a selected sub-token of a selected parent is revoked with it, not a second time', async () => {
  const user = userEvent.setup()
  const client = createMytokenClient(discovery)
  const queryClient = testQueryClient()
  renderWithProviders(
    <RevokeTokensDialog
      client={client}
      sessionMomId="session"
      // selected child first: the parent must still go first
      targets={[
        { momId: 'p-child', name: 'Child', descendantCount: 0, ancestorIds: ['p'] },
        { momId: 'p', name: 'Parent', descendantCount: 1, ancestorIds: [] },
      ]}
      onClose={() => undefined}
    />,
    { queryClient },
  )
  const dialog = screen.getByRole('dialog', { name: 'Revoke 2 tokens?' })
  expect(within(dialog).getByLabelText('Also revoke their sub-tokens')).toBeChecked()
  await user.click(within(dialog).getByRole('button', { name: 'Revoke 2 tokens' }))
  const status = await within(dialog).findByText('2 revoked, 0 failed.')
  expect(status.closest('[role="status"]')).toHaveTextContent(
    'Revoked: Parent✓ Revoked with its parent: Child',
  )
  expect(requests.map((r) => [r.mom_id, r.recursive])).toEqual([['p', true]])
})

test.each([
  ['en', 'Revoke', 'Revoking “Job one”…'],
  ['de', 'Widerrufen', 'Widerrufe „Job one“…'],
] as const)(
  'while one token is revoked, the dialog names it (%s)',
  async (language, confirm, working) => {
    const user = userEvent.setup()
    let answer: () => void = () => undefined
    server.use(
      http.post(
        `${ISSUER}/api/v0/token/revoke`,
        () =>
          new Promise<Response>((resolve) => {
            answer = () => resolve(new HttpResponse(null, { status: 204 }))
          }),
      ),
    )
    renderWithProviders(
      <RevokeTokensDialog
        client={createMytokenClient(discovery)}
        sessionMomId="session"
        targets={[{ momId: 'one', name: 'Job one', descendantCount: 0 }]}
        onClose={() => undefined}
      />,
      { language },
    )
    const dialog = screen.getByRole('dialog')
    await user.click(within(dialog).getByRole('button', { name: confirm }))
    expect(await within(dialog).findByRole('status')).toHaveTextContent(working)
    answer()
    expect(await within(dialog).findByText(/^1 /)).toBeInTheDocument()
  },
)
