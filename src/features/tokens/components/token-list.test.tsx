import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { useLocation } from 'react-router'
import { afterAll, afterEach, beforeAll, beforeEach, expect, test, vi } from 'vitest'
import { createMytokenClient } from '@/lib/mytoken/client'
import { sessionStore } from '@/lib/mytoken/session-store'
import { signInForTest, TEST_ISSUER, testDiscovery } from '@/testing/fixtures'
import { renderWithProviders } from '@/testing/render-with-providers'
import { TokenListLoaded } from './token-list'

const ISSUER = TEST_ISSUER
const discovery = testDiscovery()

const now = Math.floor(Date.now() / 1000)
const forest = [
  { token: { mom_id: 'session', name: 'mytoken-web session', created: now - 60, ip: '127.0.0.1' } },
  {
    token: { mom_id: 'ci', name: 'CI pipeline', created: now - 3600, expires_at: now + 86400 },
    children: [{ token: { mom_id: 'ci-1', name: 'Runner', created: now - 60 } }],
  },
  { token: { mom_id: 'nb', name: 'Notebook', created: now - 7200, expires_at: now + 90 * 86400 } },
]

let failNext = 0
let listCalls = 0
const server = setupServer(
  http.post(`${ISSUER}/api/v0/tokeninfo`, async ({ request }) => {
    const body = (await request.json()) as { action: string }
    if (body.action !== 'list_mytokens') return new HttpResponse(null, { status: 400 })
    listCalls++
    if (failNext > 0) {
      failNext--
      return HttpResponse.json(
        { error: 'insufficient_capabilities', error_description: 'nope' },
        { status: 403 },
      )
    }
    return HttpResponse.json({ mytokens: forest })
  }),
)

beforeAll(() => {
  server.listen({ onUnhandledFrame: 'error' })
})
afterEach(() => {
  server.resetHandlers()
  sessionStore.clear()
  failNext = 0
  listCalls = 0
})
afterAll(() => server.close())
beforeEach(() => {
  // jsdom has no layout: give the scroll area a viewport and rows a height so the virtualiser
  // renders rows
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (
    this: HTMLElement,
  ) {
    return this.classList.contains('token-scroll') ? 800 : 0
  })
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1000)
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(48)
  signInForTest()
})

function LocationProbe() {
  return <output data-testid="location">{useLocation().search}</output>
}

function renderList(initialEntries: string[] = ['/tokens']) {
  return renderWithProviders(
    <>
      <LocationProbe />
      <TokenListLoaded
        client={createMytokenClient(discovery)}
        sessionMomId="session"
        links={{ details: (id) => `/tokens/${encodeURIComponent(id)}`, create: '/create' }}
      />
    </>,
    { route: initialEntries },
  )
}

const rowOf = (name: string) =>
  screen.getByRole('rowheader', { name: new RegExp(name) }).closest('tr')!

test('a failed load says why and offers a retry that loads the list', async () => {
  failNext = 1
  const user = userEvent.setup()
  renderList()
  const alert = await screen.findByRole('alert')
  expect(alert).toHaveTextContent('Your tokens could not be loaded')
  expect(alert).toHaveTextContent('This token lacks the capability needed for this action.')
  await user.click(within(alert).getByRole('button', { name: 'Try again' }))
  expect(await screen.findByRole('link', { name: 'Notebook' })).toHaveAttribute(
    'href',
    '/tokens/nb',
  )
  expect(listCalls).toBe(2)
})

test('the tree shows sub-tokens under their parent, marks the session, and filters by name and status', async () => {
  const user = userEvent.setup()
  renderList()
  await screen.findByRole('link', { name: 'Notebook' })
  expect(screen.getByText('Showing 4 of 4 tokens')).toBeInTheDocument()

  const session = rowOf('mytoken-web session')
  expect(within(session).getByText("this app's session")).toBeInTheDocument()
  expect(within(session).queryByRole('button', { name: /Revoke/ })).not.toBeInTheDocument()
  expect(within(session).queryByRole('checkbox')).not.toBeInTheDocument()
  expect(within(rowOf('CI pipeline')).getByText('Expiring soon')).toBeInTheDocument()

  // collapse and expand the parent
  const toggle = screen.getByRole('button', { name: 'Sub-tokens of CI pipeline' })
  await user.click(toggle)
  expect(toggle).toHaveAttribute('aria-expanded', 'false')
  expect(screen.queryByRole('link', { name: 'Runner' })).not.toBeInTheDocument()
  // a search still finds it inside the collapsed subtree
  await user.type(screen.getByLabelText('Search by name'), 'run')
  expect(await screen.findByRole('link', { name: 'Runner' })).toBeInTheDocument()
  expect(screen.getByText('Showing 1 of 4 tokens')).toBeInTheDocument()
  await user.clear(screen.getByLabelText('Search by name'))

  await user.selectOptions(screen.getByLabelText('Status'), 'expiring')
  expect(await screen.findByText('Showing 1 of 4 tokens')).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'CI pipeline' })).toBeInTheDocument()

  await user.type(screen.getByLabelText('Search by name'), 'nothing like this')
  expect(await screen.findByText('No token matches your search or filter.')).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Clear search and filter' }))
  // back to the tree, where the parent is still collapsed
  expect(await screen.findByText('Showing 3 of 4 tokens')).toBeInTheDocument()
  expect(screen.getByLabelText('Search by name')).toHaveFocus()
})

test('selecting all shown tokens never selects the session', async () => {
  const user = userEvent.setup()
  renderList()
  await screen.findByRole('link', { name: 'Notebook' })
  await user.click(screen.getByRole('checkbox', { name: 'Select all shown tokens' }))
  expect(screen.getByText('3 selected')).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Revoke selected…' }))
  const dialog = screen.getByRole('dialog', { name: 'Revoke 3 tokens?' })
  expect(within(dialog).queryByText('mytoken-web session')).not.toBeInTheDocument()
  await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
})

test('a failed refresh keeps the list on screen and says it may be out of date', async () => {
  const user = userEvent.setup()
  renderList()
  await screen.findByRole('link', { name: 'Notebook' })
  failNext = 1
  await user.click(screen.getByRole('button', { name: 'Refresh list' }))
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'The list could not be updated, so it may be out of date: This token lacks the capability needed for this action.',
  )
  expect(screen.getByRole('link', { name: 'Notebook' })).toBeInTheDocument()
  expect(listCalls).toBe(2)
})

test('search, status and sort live in the address, so a list mounted again (after an in-place sign-in) keeps them', async () => {
  const user = userEvent.setup()
  const first = renderList()
  await screen.findByRole('link', { name: 'Notebook' })
  await user.type(screen.getByLabelText('Search by name'), 'note')
  await user.selectOptions(screen.getByLabelText('Status'), 'active')
  expect(screen.getByTestId('location')).toHaveTextContent('?q=note&status=active')
  first.unmount()

  renderList(['/tokens?q=note&status=active'])
  await screen.findByRole('link', { name: 'Notebook' })
  expect(screen.getByLabelText('Search by name')).toHaveValue('note')
  expect(screen.getByLabelText('Status')).toHaveValue('active')
  expect(screen.queryByRole('link', { name: 'CI pipeline' })).not.toBeInTheDocument()
})
