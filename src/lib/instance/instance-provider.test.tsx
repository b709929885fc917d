import { act, screen, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { useEffect } from 'react'
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  test,
  vi,
  type MockInstance,
} from 'vitest'
import type { RuntimeConfig } from '@/lib/config'
import type { MytokenClient } from '@/lib/mytoken/api/client'
import type { Discovery } from '@/lib/mytoken/api/schemas'
import { requestTokenListEarly } from '@/lib/mytoken/browser-state/early-token-list'
import { sessionStore } from '@/lib/mytoken/browser-state/session-store'
import { SESSION_STORAGE_KEY } from '@/lib/mytoken/browser-state/stored-session'
import { tokenListQuery, tokenListsKey } from '@/lib/mytoken/queries/token-list'
import { loadQueryLayer } from '@/lib/query-layer'
import { testDiscovery } from '@/testing/fixtures'
import { renderWithProviders } from '@/testing/render-with-providers'
import { loadClientModule } from './client-loader'
import { discoveryQueries } from './discovery-query'
import { DISCOVERY_KEY_PREFIX } from './discovery-storage-key'
import {
  InstanceProvider,
  prefetchTokenList,
  useInstance,
  useMytokenClient,
} from './instance-provider'

const ISSUER = 'http://a.test'
const config: RuntimeConfig = {
  instances: [{ issuer: ISSUER, name: 'Instance A' }],
  spaClients: [],
}
const queryKey = discoveryQueries.detail(ISSUER).queryKey

const server = setupServer()
let served = 0
let setItem: MockInstance<Storage['setItem']>
beforeEach(() => {
  setItem = vi.spyOn(Storage.prototype, 'setItem')
})
beforeAll(async () => {
  // the client's code up front: its first load (a module transform in Vitest) can outlast a
  // findBy wait on a busy machine, and the tests are about documents and clients, not loading
  await loadClientModule()
  server.listen({ onUnhandledFrame: 'error' })
  server.events.on('response:mocked', () => served++)
})
afterEach(() => {
  server.resetHandlers()
  served = 0
})
afterAll(() => server.close())

function serve(document: Discovery) {
  server.use(
    http.get(`${ISSUER}/.well-known/mytoken-configuration`, () => HttpResponse.json(document)),
  )
}

type Instance = ReturnType<typeof useInstance>

/** What the consumers below the provider were handed, in order. */
class Seen {
  clients: MytokenClient[] = []
  instance: Instance | undefined
  readonly sawInstance = (instance: Instance) => void (this.instance = instance)
  readonly sawClient = (client: MytokenClient) => {
    if (this.clients.at(-1) !== client) this.clients.push(client)
  }
}

function Consumer({ seen }: { seen: Seen }) {
  const instance = useInstance()
  const { requestDiscovery } = instance
  useEffect(requestDiscovery, [requestDiscovery])
  useEffect(() => seen.sawInstance(instance), [seen, instance])
  return instance.client ? <ClientUser seen={seen} /> : <p>loading</p>
}

function ClientUser({ seen }: { seen: Seen }) {
  const client = useMytokenClient()
  useEffect(() => seen.sawClient(client), [seen, client])
  return <p>endpoint {client.discovery.access_token_endpoint}</p>
}

function renderProvider() {
  const seen = new Seen()
  const { queryClient } = renderWithProviders(
    <InstanceProvider config={config}>
      <Consumer seen={seen} />
      <Consumer seen={seen} />
    </InstanceProvider>,
  )
  return { seen, queryClient }
}

/** Resolves once the app has remembered the fresh document (and so has it in hand). */
async function freshDocumentHandled() {
  await waitFor(() =>
    expect(setItem).toHaveBeenCalledWith(DISCOVERY_KEY_PREFIX + ISSUER, expect.any(String)),
  )
  await act(async () => undefined)
}

test('the query caches the plain document; every consumer, also after a refetch, gets one client', async () => {
  const document = testDiscovery(ISSUER, { token_signing_alg_value: 'ES512' })
  serve(document)
  const { seen, queryClient } = renderProvider()
  await screen.findAllByText(`endpoint ${ISSUER}/api/v0/token/access`)

  const cached = queryClient.getQueryData(queryKey)
  expect(cached).toEqual(document)
  expect(Object.getPrototypeOf(cached)).toBe(Object.prototype)
  expect(structuredClone(cached)).toEqual(document)

  const client = seen.clients[0]!
  expect(seen.instance?.discovery).toBe(cached)
  expect(client.discovery).toBe(cached)
  expect(await seen.instance!.loadClient()).toBe(client)

  // the same document again: the cache keeps the object, and with it the client
  act(() => seen.instance!.refetchDiscovery())
  await waitFor(() => expect(served).toBe(2))
  await waitFor(() => expect(queryClient.isFetching({ queryKey })).toBe(0))
  expect(queryClient.getQueryData(queryKey)).toBe(cached)
  expect(seen.clients).toEqual([client])
  expect(await seen.instance!.loadClient()).toBe(client)
})

test('the remembered document answers at once; a changed fresh one replaces it and its client', async () => {
  const remembered = testDiscovery(ISSUER)
  const fresh = testDiscovery(ISSUER, { access_token_endpoint: `${ISSUER}/api/v1/token/access` })
  localStorage.setItem(DISCOVERY_KEY_PREFIX + ISSUER, JSON.stringify(remembered))
  let answer: () => void = () => undefined
  server.use(
    http.get(`${ISSUER}/.well-known/mytoken-configuration`, async () => {
      await new Promise<void>((resolve) => (answer = resolve))
      return HttpResponse.json(fresh)
    }),
  )
  const { seen, queryClient } = renderProvider()
  await screen.findAllByText(`endpoint ${ISSUER}/api/v0/token/access`)
  const first = seen.clients[0]!

  answer()
  await screen.findAllByText(`endpoint ${ISSUER}/api/v1/token/access`)
  expect(queryClient.getQueryData(queryKey)).toEqual(fresh)
  expect(seen.clients).toHaveLength(2)
  expect(seen.clients[1]).not.toBe(first)
  expect(seen.clients[1]!.discovery).toBe(queryClient.getQueryData(queryKey))
  expect(JSON.parse(localStorage.getItem(DISCOVERY_KEY_PREFIX + ISSUER)!)).toEqual(fresh)
})

test('an unchanged fresh document keeps the remembered object and its client', async () => {
  const document = testDiscovery(ISSUER)
  localStorage.setItem(DISCOVERY_KEY_PREFIX + ISSUER, JSON.stringify(document))
  serve(document)
  const { seen, queryClient } = renderProvider()
  await screen.findAllByText(`endpoint ${ISSUER}/api/v0/token/access`)
  const remembered = queryClient.getQueryData(queryKey)
  await freshDocumentHandled()
  expect(served).toBe(1)
  expect(queryClient.getQueryData(queryKey)).toBe(remembered)
  expect(seen.clients).toHaveLength(1)
  expect(seen.clients[0]!.discovery).toBe(remembered)
})

describe('prefetchTokenList', () => {
  const session = {
    instanceIssuer: ISSUER,
    providerIssuer: 'https://op.example',
    token: 'session-token',
    momId: 'session-id',
    expiresAt: undefined,
    signedInAt: 0,
  }
  let asked: { action: unknown; mytoken: unknown }[]
  beforeEach(() => {
    asked = []
    serve(testDiscovery(ISSUER))
    server.use(
      http.post(`${ISSUER}/api/v0/tokeninfo`, async ({ request }) => {
        const body = JSON.parse(await request.text()) as Record<string, unknown>
        asked.push({ action: body.action, mytoken: body.mytoken })
        return HttpResponse.json({ mytokens: [{ token: { mom_id: 'a', name: 'A', created: 1 } }] })
      }),
    )
  })
  afterEach(async () => {
    sessionStore.clear()
    ;(await loadQueryLayer()).queryClient.clear()
  })

  test("signed in, it reads the session's list into the app's cache, where the token pages read it", async () => {
    sessionStore.set(session)
    prefetchTokenList(config)
    const { queryClient } = await loadQueryLayer()
    const listKey = [...tokenListsKey(ISSUER), session.momId]
    await waitFor(() => expect(queryClient.getQueryData(listKey)).toBeDefined())
    expect(queryClient.getQueryData(listKey)).toEqual([
      { token: { mom_id: 'a', name: 'A', created: 1 } },
    ])
    expect(asked).toEqual([{ action: 'list_mytokens', mytoken: 'session-token' }])
  })

  /** A signed-in reload of My tokens: the boot script's list request, then the app's start. */
  function startAsAReloadOfMyTokens() {
    sessionStore.set(session)
    localStorage.setItem(
      DISCOVERY_KEY_PREFIX + ISSUER,
      JSON.stringify(
        testDiscovery(ISSUER, { tokeninfo_endpoint_actions_supported: ['list_mytokens'] }),
      ),
    )
    requestTokenListEarly()
    prefetchTokenList(config)
  }

  test("takes the boot script's answer: no second list request, and its token_update reaches the session before the session's next request", async () => {
    let release = () => undefined as void
    const released = new Promise<void>((resolve) => (release = resolve))
    server.use(
      http.post(`${ISSUER}/api/v0/tokeninfo`, async ({ request }) => {
        const body = JSON.parse(await request.text()) as Record<string, unknown>
        asked.push({ action: body.action, mytoken: body.mytoken })
        if (body.action === 'event_history') return HttpResponse.json({ events: [] })
        await released
        return HttpResponse.json({
          mytokens: [{ token: { mom_id: 'a', name: 'A', created: 1 } }],
          token_update: { mytoken: 'rotated-token', mom_id: session.momId },
        })
      }),
    )
    startAsAReloadOfMyTokens()
    const client = (await loadClientModule()).clientFor(testDiscovery(ISSUER))
    const history = client.eventHistory(sessionStore.credential())
    await waitFor(() => expect(asked).toHaveLength(1))
    // the next request waits for the early answer
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(asked).toEqual([{ action: 'list_mytokens', mytoken: 'session-token' }])
    release()
    await history
    expect(asked).toEqual([
      { action: 'list_mytokens', mytoken: 'session-token' },
      { action: 'event_history', mytoken: 'rotated-token' },
    ])
    expect(JSON.parse(sessionStorage.getItem(SESSION_STORAGE_KEY)!)).toMatchObject({
      token: 'rotated-token',
    })
    const { queryClient } = await loadQueryLayer()
    await waitFor(() =>
      expect(queryClient.getQueryData([...tokenListsKey(ISSUER), session.momId])).toEqual([
        { token: { mom_id: 'a', name: 'A', created: 1 } },
      ]),
    )
    expect(asked).toHaveLength(2)
  })

  test("the page's own list query, running before the start's prefetch, reads the boot script's answer too", async () => {
    const { queryClient } = await loadQueryLayer()
    const client = (await loadClientModule()).clientFor(testDiscovery(ISSUER))
    startAsAReloadOfMyTokens()
    const listed = queryClient.fetchQuery(tokenListQuery(client, session.momId))
    expect(await listed).toEqual([{ token: { mom_id: 'a', name: 'A', created: 1 } }])
    // the prefetch finds the list read
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(asked).toEqual([{ action: 'list_mytokens', mytoken: 'session-token' }])
  })

  test('signed out, or signed in at an instance the configuration does not offer, it asks nothing', async () => {
    prefetchTokenList(config)
    sessionStore.set({ ...session, instanceIssuer: 'http://elsewhere.test' })
    prefetchTokenList(config)
    const { queryClient } = await loadQueryLayer()
    await queryClient.fetchQuery(discoveryQueries.detail(ISSUER))
    await act(async () => undefined)
    expect(queryClient.getQueryCache().findAll({ queryKey: tokenListsKey(ISSUER) })).toEqual([])
    expect(asked).toEqual([])
  })
})
