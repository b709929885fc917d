import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, beforeEach, expect, test } from 'vitest'
import { createMytokenClient } from '@/lib/mytoken/api/client'
import { sessionStore } from '@/lib/mytoken/browser-state/session-store'
import { signInForTest, TEST_ISSUER, testDiscovery } from '@/testing/fixtures'
import { renderWithProviders } from '@/testing/render-with-providers'
import { layOutTokenTable } from '@/testing/virtual-layout'
import { TimelineLoaded } from './token-timeline'

const now = Math.floor(Date.now() / 1000)
const DAY = 86400
// created oldest to newest: Forever, Monthly, Hourly
const forest = [
  { token: { mom_id: 'hourly', name: 'Hourly', created: now - 60, expires_at: now + 3600 } },
  { token: { mom_id: 'forever', name: 'Forever', created: now - 20 * DAY } },
  {
    token: {
      mom_id: 'monthly',
      name: 'Monthly',
      created: now - 10 * DAY,
      expires_at: now + 30 * DAY,
    },
  },
]

const server = setupServer(
  http.post(`${TEST_ISSUER}/api/v0/tokeninfo`, async ({ request }) => {
    const body = (await request.json()) as { action: string }
    if (body.action !== 'list_mytokens') return new HttpResponse(null, { status: 400 })
    return HttpResponse.json({ mytokens: forest })
  }),
)

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterEach(() => {
  server.resetHandlers()
  sessionStore.clear()
})
afterAll(() => server.close())
beforeEach(() => {
  layOutTokenTable()
  signInForTest()
})

const shownNames = () =>
  within(screen.getByRole('table'))
    .getAllByRole('link')
    .map((link) => link.textContent)

test('the timeline lists the soonest expiry first, never-expiring last, and can sort by creation', async () => {
  const user = userEvent.setup()
  renderWithProviders(
    <TimelineLoaded
      client={createMytokenClient(testDiscovery())}
      sessionMomId="session"
      details={(id) => `/tokens/${id}`}
    />,
    { route: ['/tokens/timeline'] },
  )
  await screen.findByRole('link', { name: 'Hourly' })
  expect(shownNames()).toEqual(['Hourly', 'Monthly', 'Forever'])

  const sort = screen.getByRole('combobox', { name: 'Sort by' })
  expect(sort).toHaveValue('expires-asc')
  await user.selectOptions(sort, 'Created, oldest first')
  expect(shownNames()).toEqual(['Forever', 'Monthly', 'Hourly'])
})
