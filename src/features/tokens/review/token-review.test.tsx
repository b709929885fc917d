import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, beforeEach, expect, test } from 'vitest'
import { createMytokenClient } from '@/lib/mytoken/api/client'
import { sessionStore } from '@/lib/mytoken/browser-state/session-store'
import { signInForTest, TEST_ISSUER, testDiscovery } from '@/testing/fixtures'
import { renderWithProviders, testQueryClient } from '@/testing/render-with-providers'
import { tokenQueries } from '../api'
import { ReviewLoaded } from './token-review'

const now = Math.floor(Date.now() / 1000)
const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) Chrome/156'
const ids = Array.from({ length: 201 }, (_, i) => `tok-${i}`)
const forest = [
  { token: { mom_id: 'session', name: 'mytoken-web app session', created: now - 60 } },
  ...ids.map((id) => ({
    token: { mom_id: id, name: id, created: now - 10 * 86400, expires_at: now + 90 * 86400 },
  })),
]
/** the mom_ids of each event_history request */
let historyRequests: string[][] = []

const server = setupServer(
  http.post(`${TEST_ISSUER}/api/v0/tokeninfo`, async ({ request }) => {
    const body = (await request.json()) as { action: string; mom_ids?: string[] }
    if (body.action === 'list_mytokens') return HttpResponse.json({ mytokens: forest })
    if (body.action !== 'event_history') return new HttpResponse(null, { status: 400 })
    const asked = body.mom_ids ?? []
    historyRequests.push(asked)
    // revoked meanwhile: the server refuses any request that names it
    if (asked.includes('tok-200'))
      return HttpResponse.json(
        { error: 'invalid_request', error_description: 'unknown mom_id' },
        { status: 400 },
      )
    return HttpResponse.json({ events: asked.flatMap(eventsOf) })
  }),
)

function eventsOf(id: string) {
  return [
    { event: 'created', time: now - 10 * 86400, user_agent: BROWSER, mom_id: id },
    ...(id === 'tok-3' ? [{ event: 'revoked_other_token', time: now - 60, mom_id: id }] : []),
  ]
}

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
beforeEach(() => signInForTest())
afterEach(() => {
  server.resetHandlers()
  sessionStore.clear()
  historyRequests = []
})
afterAll(() => server.close())

test('histories are read 100 tokens per request; a token the server refuses has none, and the rest are judged by theirs', async () => {
  renderWithProviders(
    <ReviewLoaded
      client={createMytokenClient(testDiscovery())}
      sessionMomId="session"
      links={{ details: (id) => `/tokens/${id}`, create: '/create' }}
    />,
    { route: ['/tokens/review'] },
  )
  expect(
    // three requests in the background, the last of them refused first (like access-token-page.test)
    await screen.findByText('Checked 201 tokens, their history included.', undefined, {
      timeout: 5000,
    }),
  ).toBeInTheDocument()
  const chunks = historyRequests.filter((asked) => asked.length > 1)
  expect(chunks.map((asked) => asked.length)).toEqual([100, 100])
  // the last chunk: only the refused token, whose refusal leaves it without history
  expect(historyRequests.filter((asked) => asked.length === 1)).toEqual([['tok-200']])
  expect(screen.getByText('1 token deserves attention.')).toBeInTheDocument()
  const card = screen.getByRole('heading', { name: 'tok-3' }).closest('li')!
  expect(card).toHaveTextContent('Can change your settings or manage your other tokens')
  expect(card).toHaveTextContent('revoke any mytoken of this user')
  expect(within(card).getByRole('button', { name: 'Revoke tok-3' })).toBeInTheDocument()
  expect(
    within(card).getByRole('link', { name: 'Replace with a narrower one: tok-3' }),
  ).toHaveAttribute('href', expect.stringMatching(/^\/create\?successor=tok-3&.*narrow=manage/))
})

test('histories the list read lately are not asked again, and those read here are the ones the list counts from', async () => {
  const client = createMytokenClient(testDiscovery())
  const queryClient = testQueryClient()
  const historyOf = (id: string) => tokenQueries.history(client, id).queryKey
  // as the list's usage counts leave them: all but two read just now, one six minutes ago
  for (const id of ids)
    if (id !== 'tok-3' && id !== 'tok-7') queryClient.setQueryData(historyOf(id), eventsOf(id))
  queryClient.setQueryData(historyOf('tok-8'), eventsOf('tok-8'), {
    updatedAt: Date.now() - 6 * 60_000,
  })
  renderWithProviders(
    <ReviewLoaded
      client={client}
      sessionMomId="session"
      links={{ details: (id) => `/tokens/${id}`, create: '/create' }}
    />,
    { route: ['/tokens/review'], queryClient },
  )
  expect(
    await screen.findByText('Checked 201 tokens, their history included.', undefined, {
      timeout: 5000,
    }),
  ).toBeInTheDocument()
  expect(historyRequests).toEqual([['tok-3', 'tok-7', 'tok-8']])
  expect(screen.getByText('1 token deserves attention.')).toBeInTheDocument()
  expect(screen.getByRole('heading', { name: 'tok-3' }).closest('li')!).toHaveTextContent(
    'Can change your settings or manage your other tokens',
  )
  // what the review read is in the list's cache, as the list's own reading would leave it
  expect(queryClient.getQueryData(historyOf('tok-3'))).toEqual(eventsOf('tok-3'))
  expect(queryClient.getQueryState(historyOf('tok-8'))!.dataUpdatedAt).toBeGreaterThan(
    Date.now() - 60_000,
  )
})
