import { expect, test } from 'vitest'
import { testDiscovery } from '@/testing/fixtures'
import { seededRandom } from '@/testing/seeded-random'
import { createSessionStore } from '../browser-state/session-store'
import { createMytokenClient, type MytokenClient } from './client'
import { memoryCredential, type Credential } from './credential'

const issuer = 'https://mytoken.example'
const discovery = testDiscovery(issuer, {
  token_transfer_endpoint: `${issuer}/api/v0/token/transfer`,
  usersettings_endpoint: `${issuer}/api/v0/settings`,
  notifications_endpoint: `${issuer}/api/v0/notifications`,
})

/** The one body that satisfies every schema the calls below parse. */
const answerBody = {
  mytokens: [],
  events: [],
  valid: true,
  token: { iss: issuer },
  mytoken: 'child',
  mytoken_type: 'token',
  access_token: 'at',
  grant_types: [],
  ssh_keys: [],
  notifications: [],
  calendars: [],
  management_code: 'code',
  name: 'cal',
  ics_path: '/ics',
}

/**
 * A server whose token rotates on every request, answering after a random delay: it records each
 * request whose token was not the newest one (with auto-revoke, such a request ends the session).
 */
function rotatingServer(seed: number) {
  const random = seededRandom(seed)
  let current = 't0'
  let rotations = 0
  const stale: string[] = []
  let inFlight = 0
  let mostInFlight = 0
  const fetchImpl = async (url: string | URL | Request, init?: RequestInit) => {
    const headers = new Headers(init?.headers)
    const body = init?.body ? (JSON.parse(String(init.body)) as Record<string, unknown>) : {}
    const bearer = headers.get('Authorization')?.replace(/^Bearer /, '')
    const sent = bearer ?? body.mytoken ?? body.token
    inFlight += 1
    mostInFlight = Math.max(mostInFlight, inFlight)
    await new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 8)))
    inFlight -= 1
    // checked when the server gets to it: a request that overtook another one with the same
    // token, or that was started with a copy read before the last rotation, is stale by then
    if (sent !== current) stale.push(`${init?.method} ${String(url)} sent ${String(sent)}`)
    rotations += 1
    current = `t${rotations}`
    // `subtokens` answers one tree where `list_mytokens` answers a list
    const mytokens = body.action === 'subtokens' ? { token: { mom_id: 'a', created: 1 } } : []
    return new Response(
      JSON.stringify({
        ...answerBody,
        mytokens,
        token_update: { mytoken: current, mytoken_type: 'token' },
      }),
      { status: 200 },
    )
  }
  return {
    fetchImpl,
    stale,
    current: () => current,
    mostInFlight: () => mostInFlight,
  }
}

/** Every kind of request the client sends with a credential, each started at once. */
function everyKindOfRequest(client: MytokenClient, credential: () => Credential) {
  return [
    () => client.listMytokens(credential()),
    () => client.eventHistory(credential(), ['a']),
    () => client.subtokens(credential()),
    () => client.createSubtoken(credential(), { name: 'child' }),
    () => client.createTransferCode(credential()),
    () => client.getAccessToken(credential()),
    () => client.revoke(credential(), { momId: 'other', recursive: true }),
    () => client.listGrantTypes(credential()),
    () => client.setGrantType(credential(), 'ssh', true),
    () => client.sshInfo(credential()),
    () => client.deleteSshKey(credential(), 'SHA256:fp'),
    () => client.emailSettings(credential()),
    () => client.updateEmailSettings(credential(), { preferHtml: true }),
    () => client.listNotifications(credential()),
    () => client.subscribe(credential(), { classes: ['AT_created'] }),
    () => client.listCalendars(credential()),
    () => client.createCalendar(credential(), 'cal'),
    () => client.addToCalendar(credential(), 'cal', 'a'),
    () => client.deleteCalendar(credential(), 'cal'),
  ]
}

test.each([1, 2, 3, 4, 5])(
  'every kind of request on one rotating credential carries the newest token (seed %i)',
  async (seed) => {
    const server = rotatingServer(seed)
    const client = createMytokenClient(discovery, server.fetchImpl)
    const credential = memoryCredential('t0')
    const requests = everyKindOfRequest(client, () => credential)
    // twice each, in a seeded shuffle
    const random = seededRandom(seed * 7919)
    const order = [...requests, ...requests].sort(() => random() - 0.5)
    await Promise.all(order.map((start) => start()))
    expect(server.stale).toEqual([])
    expect(server.mostInFlight()).toBe(1)
    expect(credential.token()).toBe(server.current())
  },
)

test("the session's requests queue together, however often the app asks the store for its credential", async () => {
  const server = rotatingServer(11)
  const client = createMytokenClient(discovery, server.fetchImpl)
  const store = createSessionStore(undefined)
  store.set({
    instanceIssuer: issuer,
    providerIssuer: 'https://op.example',
    token: 't0',
    momId: 'session',
    expiresAt: undefined,
    signedInAt: 0,
  })
  await Promise.all(everyKindOfRequest(client, () => store.credential()).map((start) => start()))
  expect(server.stale).toEqual([])
  expect(server.mostInFlight()).toBe(1)
  expect(store.get()?.token).toBe(server.current())
})
