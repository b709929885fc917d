import { afterEach, expect, test, vi } from 'vitest'
import { createStepUpRegistry } from './step-up'
import { createStepUpSlots } from './use-page-step-up'

const ISSUER = 'https://mytoken.example'
const SLOT = 'account settings'

function setUp(lifetimeMs = 600_000) {
  const registry = createStepUpRegistry()
  const slots = createStepUpSlots(registry)
  const revoked: string[] = []
  const add = (token: string) =>
    registry.add(
      { token, capabilities: ['settings:email'], expiresAt: Date.now() + lifetimeMs },
      () => {
        revoked.push(token)
        return Promise.resolve()
      },
    )
  return { registry, slots, revoked, add }
}

afterEach(() => {
  vi.useRealTimers()
})

test('a held step-up stays for its instance until it is ended, and ending revokes it', () => {
  const { slots, revoked, add } = setUp()
  const id = add('one')
  slots.hold(SLOT, id, ISSUER)
  expect(slots.heldId(SLOT, ISSUER)).toBe(id)
  expect(slots.heldId(SLOT, 'https://other.example')).toBeUndefined()
  expect(slots.heldId('another slot', ISSUER)).toBeUndefined()
  slots.end(SLOT, 'ended')
  expect(revoked).toEqual(['one'])
  expect(slots.heldId(SLOT, ISSUER)).toBeUndefined()
  expect(slots.ending(SLOT)).toBe('ended')
})

test('it is revoked when it expires, whether or not a page shows it', () => {
  vi.useFakeTimers()
  const { slots, revoked, add } = setUp(60_000)
  const listener = vi.fn()
  slots.subscribe(listener)
  slots.hold(SLOT, add('one'), ISSUER)
  vi.advanceTimersByTime(59_000)
  expect(revoked).toEqual([])
  vi.advanceTimersByTime(1_000)
  expect(revoked).toEqual(['one'])
  expect(slots.heldId(SLOT, ISSUER)).toBeUndefined()
  expect(slots.ending(SLOT)).toBe('expired')
  expect(listener).toHaveBeenCalled()
})

test('sign-out or the tab closing (the registry ends all) empties the slot', async () => {
  const { registry, slots, revoked, add } = setUp()
  slots.hold(SLOT, add('one'), ISSUER)
  await registry.endAll(true)
  expect(revoked).toEqual(['one'])
  expect(slots.heldId(SLOT, ISSUER)).toBeUndefined()
  expect(slots.ending(SLOT)).toBe('ended')
})

test('a new approval for the slot replaces the old one, which is revoked', () => {
  const { slots, revoked, add } = setUp()
  slots.hold(SLOT, add('view only'), ISSUER)
  const second = add('view and change')
  slots.hold(SLOT, second, ISSUER)
  expect(revoked).toEqual(['view only'])
  expect(slots.heldId(SLOT, ISSUER)).toBe(second)
  expect(slots.ending(SLOT)).toBeUndefined()
})
