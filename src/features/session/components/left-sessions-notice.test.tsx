import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, beforeEach, expect, test } from 'vitest'
import { createMytokenClient, type MytokenClient } from '@/lib/mytoken/api/client'
import type { TokenTree } from '@/lib/mytoken/api/schemas'
import { sessionTokenName } from '@/lib/mytoken/browser-state/browser-sessions'
import { sessionStore } from '@/lib/mytoken/browser-state/session-store'
import { signInForTest, TEST_ISSUER, testDiscovery } from '@/testing/fixtures'
import { renderWithProviders } from '@/testing/render-with-providers'
import { useEndSessionsLeftBehind } from '../end-left-sessions'
import { leftSessions } from '../left-sessions'
import { LeftSessionsNotice } from './left-sessions-notice'

const thisBrowser = 'aaaaaaaaaa000000000000000000000a'
const otherBrowser = 'bbbbbbbbbb000000000000000000000b'
const entry = (mom_id: string, name: string, created: number): TokenTree => ({
  token: { mom_id, name, created },
})

let listed: TokenTree[] = []
let listCalls = 0
const revoked: { mom_id: string; recursive: boolean; token: string }[] = []
const server = setupServer(
  http.post(`${TEST_ISSUER}/api/v0/tokeninfo`, () => {
    listCalls++
    return HttpResponse.json({ mytokens: listed })
  }),
  http.post(`${TEST_ISSUER}/api/v0/token/revoke`, async ({ request }) => {
    revoked.push((await request.json()) as (typeof revoked)[number])
    return new HttpResponse(null, { status: 204 })
  }),
)

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
beforeEach(() => signInForTest())
afterEach(() => {
  server.resetHandlers()
  revoked.length = 0
  listCalls = 0
  leftSessions.report(undefined)
  sessionStore.clear()
})
afterAll(() => server.close())

function CleanUp({ client }: { client: MytokenClient }) {
  const end = useEndSessionsLeftBehind()
  return (
    <>
      <button
        type="button"
        onClick={() => end.mutate({ client, session: sessionStore.get()!, browser: thisBrowser })}
      >
        clean up
      </button>
      <LeftSessionsNotice />
    </>
  )
}

async function cleanUp() {
  const { queryClient } = renderWithProviders(
    <CleanUp client={createMytokenClient(testDiscovery())} />,
  )
  await userEvent.click(screen.getByRole('button', { name: 'clean up' }))
  return queryClient
}

test("revokes only this browser's earlier session and says so", async () => {
  listed = [
    entry('session', sessionTokenName(thisBrowser), 2_000),
    entry('left', sessionTokenName(thisBrowser), 1_000),
    entry('other-browser', sessionTokenName(otherBrowser), 1_000),
    entry('look-alike', `Copy of ${sessionTokenName(thisBrowser)}`, 1_000),
  ]
  await cleanUp()
  expect(await screen.findByText('Ended 1 earlier session this browser left open.')).toBeVisible()
  expect(revoked).toEqual([{ token: 'session-token', mom_id: 'left', recursive: true }])
})

test('says nothing when this browser left no session open', async () => {
  listed = [
    entry('session', sessionTokenName(thisBrowser), 2_000),
    entry('other-browser', sessionTokenName(otherBrowser), 1_000),
  ]
  const queryClient = await cleanUp()
  await expect.poll(() => listCalls).toBe(1)
  await expect.poll(() => queryClient.isMutating()).toBe(0)
  expect(screen.queryByRole('status')).toBeNull()
  expect(revoked).toEqual([])
})

test('a failed clean-up keeps the user signed in and says so quietly', async () => {
  server.use(
    http.post(`${TEST_ISSUER}/api/v0/tokeninfo`, () =>
      HttpResponse.json({ error: 'internal_server_error' }, { status: 500 }),
    ),
  )
  await cleanUp()
  const notice = await screen.findByText(
    'Earlier sessions this browser may have left open could not be checked.',
  )
  expect(notice.closest('[role="status"]')).not.toBeNull()
  expect(sessionStore.get()?.momId).toBe('session')
})

test('a clean-up whose session another tab replaced meanwhile revokes nothing', async () => {
  listed = [
    entry('session', sessionTokenName(thisBrowser), 2_000),
    entry('left', sessionTokenName(thisBrowser), 1_000),
    entry('newer', sessionTokenName(thisBrowser), 3_000),
  ]
  server.use(
    http.post(`${TEST_ISSUER}/api/v0/tokeninfo`, () => {
      listCalls++
      // another tab of this browser signed in too and handed this tab its session
      sessionStore.set({ ...sessionStore.get()!, token: 'newer-token', momId: 'newer' })
      return HttpResponse.json({ mytokens: listed })
    }),
  )
  const queryClient = await cleanUp()
  await expect.poll(() => listCalls).toBe(1)
  await expect.poll(() => queryClient.isMutating()).toBe(0)
  expect(revoked).toEqual([])
  expect(sessionStore.get()?.momId).toBe('newer')
})
