import { afterEach, expect, test } from 'vitest'
import { sessionStore } from '@/lib/mytoken/browser-state/session-store'
import { rememberedProfile } from './remembered-profile'
import { PROFILE_STORAGE_KEY } from './remembered-profile-key'

const session = (momId: string) => ({
  instanceIssuer: 'https://mytoken.example',
  providerIssuer: 'https://provider.example',
  token: 'session-token',
  momId,
  expiresAt: undefined,
  signedInAt: 0,
})

afterEach(() => sessionStore.clear())

test('keeps only name and e-mail for the session, and forgets them with it', () => {
  sessionStore.set(session('a'))
  rememberedProfile.remember('a', { name: 'Ada', email: 'ada@example.org', sub: 'x', at: 'secret' })
  expect(rememberedProfile.get()).toEqual({ momId: 'a', name: 'Ada', email: 'ada@example.org' })
  expect(JSON.parse(sessionStorage.getItem(PROFILE_STORAGE_KEY)!)).toEqual({
    momId: 'a',
    name: 'Ada',
    email: 'ada@example.org',
  })
  sessionStore.clear()
  expect(rememberedProfile.get()).toBeUndefined()
  expect(sessionStorage.getItem(PROFILE_STORAGE_KEY)).toBeNull()
})

test('an answer for a session that has ended or been replaced is not kept', () => {
  sessionStore.set(session('new'))
  rememberedProfile.remember('old', { name: 'Old' })
  expect(rememberedProfile.get()).toBeUndefined()
  rememberedProfile.remember('new', undefined)
  expect(rememberedProfile.get()).toEqual({ momId: 'new', unanswered: true })
  sessionStore.set(session('other'))
  expect(rememberedProfile.get()).toBeUndefined()
})
