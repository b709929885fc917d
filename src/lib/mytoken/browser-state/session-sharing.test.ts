import { afterEach, expect, test } from 'vitest'
import { shareSessionAcrossTabs, type SessionSharing } from './session-sharing'
import { createSessionStore } from './session-store'
import type { Session } from './stored-session'

const session: Session = {
  instanceIssuer: 'https://mytoken.example',
  providerIssuer: 'https://op.example',
  token: 'session-token',
  momId: 'mom-1',
  expiresAt: Date.now() + 3_600_000,
  signedInAt: 1_000,
}

/** A tab's own sessionStorage (jsdom has one for all). */
function tabStorage(): Storage {
  const items = new Map<string, string>()
  return {
    get length() {
      return items.size
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  }
}

/** A tab: its own store and storage, and its own end of the channel, as in a browser. */
function tab(channelName: string) {
  const store = createSessionStore(tabStorage())
  const sharing = shareSessionAcrossTabs(store, new BroadcastChannel(channelName), 200)
  running.push(sharing)
  return { store, sharing }
}
const running: SessionSharing[] = []
afterEach(() => running.splice(0).forEach((s) => s.stop()))
const settle = () => new Promise((resolve) => setTimeout(resolve, 50))

test('a new tab receives the session from an open tab, without a sign-in of its own', async () => {
  const first = tab('share-1')
  first.store.set(session)
  const second = tab('share-1')
  expect(second.sharing.handoverPending()).toBe(true)
  await settle()
  expect(second.store.get()).toEqual(session)
  expect(second.sharing.handoverPending()).toBe(false)
})

test('signing out in one tab signs every tab out; a rotated token reaches every tab', async () => {
  const first = tab('share-2')
  const second = tab('share-2')
  first.store.set(session)
  await settle()
  expect(second.store.get()?.token).toBe('session-token')
  second.store.credential().replace({ mytoken: 'rotated', mytoken_type: 'token' })
  await settle()
  expect(first.store.get()?.token).toBe('rotated')
  first.store.clear()
  await settle()
  expect(second.store.get()).toBeUndefined()
})

test('a lone tab stops waiting after the hand-over time; junk messages are ignored', async () => {
  const lone = tab('share-3')
  const junk = new BroadcastChannel('share-3')
  junk.postMessage({ type: 'session', session: { token: 'x' } })
  junk.postMessage('nonsense')
  expect(lone.sharing.handoverPending()).toBe(true)
  await new Promise((resolve) => setTimeout(resolve, 300))
  expect(lone.sharing.handoverPending()).toBe(false)
  expect(lone.store.get()).toBeUndefined()
  junk.close()
})

test("a session that ended elsewhere ends only the tabs that hold it, not a tab's newer one", async () => {
  const current = tab('share-4')
  current.store.set({ ...session, token: 'new-token', momId: 'new' })
  // a tab restored with the session this browser had before (a frozen tab misses hand-overs)
  // finds it revoked and says so
  const restored = new BroadcastChannel('share-4')
  restored.postMessage({ type: 'ended', momId: 'old' })
  await settle()
  expect(current.store.get()?.momId).toBe('new')
  restored.postMessage({ type: 'ended', momId: 'new' })
  await settle()
  expect(current.store.get()).toBeUndefined()
  restored.close()
})
