import { expect, test } from 'vitest'
import { createSessionStore, SignedOutError } from './session-store'
import type { Session } from './stored-session'

const session: Session = {
  instanceIssuer: 'https://mytoken.example',
  providerIssuer: 'https://op.example',
  token: 'session-token',
  momId: 'mom-1',
  expiresAt: 10_000,
  signedInAt: 1_000,
}

test('the session is kept in memory and mirrored to sessionStorage only', () => {
  const store = createSessionStore(sessionStorage, () => 5_000)
  store.set(session)
  expect(store.get()?.token).toBe('session-token')
  expect(sessionStorage.getItem('mytoken-web.session')).toContain('session-token')
  expect(JSON.stringify({ ...localStorage })).not.toContain('session-token')
})

test('a reload restores an unexpired session and drops an expired one', () => {
  createSessionStore(sessionStorage, () => 5_000).set(session)
  expect(createSessionStore(sessionStorage, () => 9_999).get()?.momId).toBe('mom-1')
  expect(createSessionStore(sessionStorage, () => 10_000).get()).toBeUndefined()
  expect(sessionStorage.getItem('mytoken-web.session')).toBeNull()
})

test('a corrupt stored session is ignored', () => {
  sessionStorage.setItem('mytoken-web.session', '{not json')
  expect(createSessionStore(sessionStorage).get()).toBeUndefined()
})

test('rotation through the credential replaces token and expiry, and notifies subscribers', () => {
  const store = createSessionStore(sessionStorage, () => 5_000)
  store.set(session)
  let notified = 0
  store.subscribe(() => notified++)
  store.credential().replace({ mytoken: 'rotated', mytoken_type: 'token', expires_in: 100 })
  expect(store.get()?.token).toBe('rotated')
  expect(store.get()?.expiresAt).toBe(105_000)
  expect(notified).toBe(1)
  expect(sessionStorage.getItem('mytoken-web.session')).toContain('rotated')
})

test('clearing removes the session everywhere; the credential then refuses to give a token', () => {
  const store = createSessionStore(sessionStorage, () => 5_000)
  store.set(session)
  store.clear()
  expect(store.get()).toBeUndefined()
  expect(sessionStorage.length).toBe(0)
  expect(() => store.credential().token()).toThrow(SignedOutError)
})

test("the session's credential stays bound to its session: after another sign-in it sends nothing and takes no rotation", () => {
  const store = createSessionStore(undefined)
  const first = { ...session, token: 'first-token', momId: 'first' }
  store.set(first)
  const credential = store.credential()
  expect(store.credential()).toBe(credential)
  store.set({ ...first, token: 'second-token', momId: 'second' })
  expect(() => credential.token()).toThrow(SignedOutError)
  credential.replace({ mytoken: 'late-rotation-of-first', mytoken_type: 'token' })
  expect(store.get()?.token).toBe('second-token')
  expect(store.credential()).not.toBe(credential)
  expect(store.credential().token()).toBe('second-token')
})
