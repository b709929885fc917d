import type { QueryClient } from '@tanstack/react-query'
import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { useLocation } from 'react-router'
import { afterAll, afterEach, beforeAll, beforeEach, expect, test, vi } from 'vitest'
import { createMytokenClient } from '@/lib/mytoken/api/client'
import { rememberUsageLimits } from '@/lib/mytoken/browser-state/known-limits'
import { sessionStore } from '@/lib/mytoken/browser-state/session-store'
import { sessionNotice } from '@/lib/session/session-notice'
import { signInForTest, TEST_ISSUER, testDiscovery } from '@/testing/fixtures'
import { renderWithProviders } from '@/testing/render-with-providers'
import { layOutTokenTable } from '@/testing/virtual-layout'
import { TokenListLoaded } from './token-list'

const ISSUER = TEST_ISSUER
const discovery = testDiscovery()

const now = Math.floor(Date.now() / 1000)
const forest = [
  { token: { mom_id: 'session', name: 'mytoken-web session', created: now - 60, ip: '127.0.0.1' } },
  {
    token: {
      mom_id: 'ci',
      name: 'CI pipeline',
      created: now - 10 * 86400,
      expires_at: now + 86400,
    },
    children: [{ token: { mom_id: 'ci-1', name: 'Runner', created: now - 60 } }],
  },
  { token: { mom_id: 'nb', name: 'Notebook', created: now - 7200, expires_at: now + 90 * 86400 } },
]

let failNext = 0
let listCalls = 0
const server = setupServer(
  http.post(`${ISSUER}/api/v0/tokeninfo`, async ({ request }) => {
    const body = (await request.json()) as { action: string }
    // the uses column counts each visible token's history
    if (body.action === 'event_history') return HttpResponse.json({ events: [] })
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
  layOutTokenTable()
  signInForTest()
})

function LocationProbe() {
  return <output data-testid="location">{useLocation().search}</output>
}

function renderList(initialEntries: string[] = ['/tokens'], queryClient?: QueryClient) {
  return renderWithProviders(
    <>
      <LocationProbe />
      <TokenListLoaded
        client={createMytokenClient(discovery)}
        sessionMomId="session"
        links={{ details: (id) => `/tokens/${encodeURIComponent(id)}`, create: '/create' }}
      />
    </>,
    { route: initialEntries, ...(queryClient ? { queryClient } : {}) },
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

test.each([
  ['revoked', undefined],
  ['expired', Date.now() - 1000],
])(
  'an invalid_token answer to the list ends the session as the app does (%s)',
  async (reason, expiresAt) => {
    sessionStore.set({ ...sessionStore.get()!, expiresAt })
    server.use(
      http.post(`${ISSUER}/api/v0/tokeninfo`, () =>
        HttpResponse.json(
          { error: 'invalid_token', error_description: 'token not valid' },
          { status: 401 },
        ),
      ),
    )
    renderList()
    await waitFor(() => expect(sessionStore.get()).toBeUndefined())
    expect(sessionNotice.get()).toBe(reason)
  },
)

test('the tree shows sub-tokens under their parent, marks the session, and filters by name and status', async () => {
  const user = userEvent.setup()
  renderList()
  await screen.findByRole('link', { name: 'Notebook' })
  expect(screen.getByText('Showing 4 of 4 tokens')).toBeInTheDocument()

  const session = rowOf('mytoken-web session')
  expect(within(session).getByText("this app's session")).toBeInTheDocument()
  expect(within(session).queryByRole('button', { name: /Revoke/ })).not.toBeInTheDocument()
  expect(within(session).queryByRole('checkbox')).not.toBeInTheDocument()
  // expiring relative to its lifetime (10 days gone, 1 left), with the time left in words
  expect(within(rowOf('CI pipeline')).getByText(/^Expires (in|tomorrow)/)).toBeInTheDocument()

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
  // many keystrokes: on a loaded 2-core machine this takes about 5 s
}, 20_000)

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

test('tokens of other known clients are labelled; names show direction overrides and HTML as typed', async () => {
  server.use(
    http.post(`${ISSUER}/api/v0/tokeninfo`, () =>
      HttpResponse.json({
        mytokens: [
          { token: { mom_id: 'session', name: 'mytoken-web app session', created: now - 60 } },
          { token: { mom_id: 'web', name: 'mytoken-web', created: now - 600 } },
          {
            token: {
              mom_id: 'cli',
              name: 'laptop',
              created: now - 900,
              user_agent: 'mytoken client 0.7.1',
            },
          },
          { token: { mom_id: 'rlo', name: 'invoice\u202Egnp.exe', created: now - 60 } },
          { token: { mom_id: 'html', name: '&lt;b&gt;bold&lt;/b&gt;', created: now - 60 } },
        ],
      }),
    ),
  )
  renderList()
  await screen.findByRole('link', { name: 'laptop' })
  expect(within(rowOf('mytoken-web app session')).getByText("this app's session")).toBeVisible()
  expect(
    within(screen.getByRole('link', { name: 'mytoken-web' }).closest('tr')!).getByText(
      "sign-in of the server's built-in web interface",
    ),
  ).toBeVisible()
  expect(
    within(rowOf('laptop')).getByText('made with the mytoken command-line client'),
  ).toBeVisible()
  expect(screen.getByRole('link', { name: 'invoice⟨U+202E⟩gnp.exe' })).toBeVisible()
  expect(screen.getByRole('link', { name: '<b>bold</b>' })).toBeVisible()
})

test('scrolling through a long list asks for no history until the scrolling rests; then only rows in view ask', async () => {
  const many = Array.from({ length: 300 }, (_, i) => ({
    token: { mom_id: `t${i}`, name: `Token ${i}`, created: now - i },
  }))
  const historyAsked: string[] = []
  server.use(
    http.post(`${ISSUER}/api/v0/tokeninfo`, async ({ request }) => {
      const body = (await request.json()) as { action: string; mom_ids?: string[] }
      if (body.action === 'event_history') {
        historyAsked.push(...(body.mom_ids ?? []))
        return HttpResponse.json({ events: [] })
      }
      return HttpResponse.json({ mytokens: many })
    }),
  )
  renderList()
  await screen.findByRole('link', { name: 'Token 0' })
  const scroller = document.querySelector<HTMLElement>('.token-scroll')!
  // every rendered row has asked and shows its count
  await waitFor(() => expect(scroller.querySelectorAll('[aria-busy="true"]')).toHaveLength(0))
  const askedAtRest = historyAsked.length
  expect(askedAtRest).toBe(scroller.querySelectorAll('tbody tr[data-index]').length)

  let top = 0
  Object.defineProperty(scroller, 'scrollTop', {
    configurable: true,
    get: () => top,
    set: (value: number) => (top = value),
  })
  Object.defineProperty(scroller, 'scrollHeight', { configurable: true, get: () => 300 * 48 })
  // one row every 50 ms for 1.5 s: every row stays in view far longer than the 300 ms a row
  // waits before asking. The clock is the test's: on a busy machine a real 50 ms timer may fire
  // late enough for the scrolling to count as resting.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] })
  try {
    for (let step = 1; step <= 30; step++) {
      top = step * 48
      scroller.dispatchEvent(new Event('scroll'))
      await act(() => vi.advanceTimersByTimeAsync(50))
    }
    expect(historyAsked).toHaveLength(askedAtRest)
    // the scrolling rests: the rows in view wait their 300 ms, then ask together
    await vi.waitFor(() => expect(historyAsked.length).toBeGreaterThan(askedAtRest))
    // nothing scheduled on the test's clock is left behind for the next test
    await act(() => vi.runOnlyPendingTimersAsync())
  } finally {
    vi.useRealTimers()
  }
  const shown = new Set(
    [...scroller.querySelectorAll('tbody tr[data-index]')].map((row) =>
      within(row as HTMLElement)
        .getByRole('link')
        .textContent?.replace('Token ', 't'),
    ),
  )
  expect(historyAsked.slice(askedAtRest).every((id) => shown.has(id))).toBe(true)
}, 20_000)

/** The notebook token's history: `uses` access tokens obtained; every other token has none. */
function notebookUsedTimes(uses: () => number) {
  server.use(
    http.post(`${ISSUER}/api/v0/tokeninfo`, async ({ request }) => {
      const body = (await request.json()) as { action: string; mom_ids?: string[] }
      if (body.action !== 'event_history') return HttpResponse.json({ mytokens: forest })
      const events = Array.from({ length: uses() }, (_, i) => ({
        event: 'AT_created',
        time: now - i,
        mom_id: 'nb',
      }))
      return HttpResponse.json({ events: body.mom_ids?.includes('nb') ? events : [] })
    }),
  )
}

test('a token whose access-token uses are all used is shown as used up, not active', async () => {
  rememberUsageLimits(ISSUER, 'nb', [{ usages_AT: 2 }])
  notebookUsedTimes(() => 2)
  renderList()
  await screen.findByRole('link', { name: 'Notebook' })
  const row = rowOf('Notebook')
  await waitFor(() => expect(row).toHaveTextContent('2 of 2 used (0 left)'))
  expect(row).toHaveTextContent('Access tokens used up')
  expect(row).not.toHaveTextContent('Active')
  // the others keep the status of their expiry
  expect(rowOf('Runner')).toHaveTextContent('Active')
})

test('counts are counted anew after "Refresh list" and when the list is shown again', async () => {
  rememberUsageLimits(ISSUER, 'nb', [{ usages_AT: 10 }])
  let uses = 1
  notebookUsedTimes(() => uses)
  const user = userEvent.setup()
  const first = renderList()
  await screen.findByRole('link', { name: 'Notebook' })
  await waitFor(() => expect(rowOf('Notebook')).toHaveTextContent('1 of 10 used'))

  uses = 2
  await user.click(screen.getByRole('button', { name: 'Refresh list' }))
  await waitFor(() => expect(rowOf('Notebook')).toHaveTextContent('2 of 10 used'))

  // back on the list well within the cache's 30 s
  uses = 3
  const { queryClient } = first
  first.unmount()
  renderList(['/tokens'], queryClient)
  await screen.findByRole('link', { name: 'Notebook' })
  await waitFor(() => expect(rowOf('Notebook')).toHaveTextContent('3 of 10 used'))
})
