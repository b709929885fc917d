import { expect, test, vi } from 'vitest'
import { sessionStore } from '../mytoken/session-store'
import { createStepUpRegistry, stepUpRequest, stepUps } from './step-up'

const grant = { token: 'step-up-token', capabilities: ['settings:grants'], expiresAt: 1 }

test('a step-up request asks for exactly the given capabilities, minutes of life, no rotation', () => {
  const request = stepUpRequest(
    { purpose: 'settings', capabilities: ['read@settings:grants'], lifetimeSeconds: 300 },
    'https://op.example',
    1_000_000,
  )
  expect(request).toEqual({
    oidc_issuer: 'https://op.example',
    name: 'mytoken-web step-up: settings',
    application_name: 'mytoken-web',
    capabilities: ['read@settings:grants'],
    restrictions: [{ exp: 1000 + 300 }],
    rotation: { on_AT: false, on_other: false },
    response_type: 'token',
  })
})

test('extra limits join the one restriction clause', () => {
  const request = stepUpRequest(
    {
      purpose: 'one access token',
      capabilities: ['AT'],
      lifetimeSeconds: 120,
      restrictions: { scope: 'openid', usages_AT: 1 },
    },
    'https://op.example',
    0,
  )
  expect(request.restrictions).toEqual([{ scope: 'openid', usages_AT: 1, exp: 120 }])
})

test('ending a step-up revokes it once and tells the listeners; a failing revocation is swallowed', async () => {
  const registry = createStepUpRegistry()
  const revoke = vi.fn().mockRejectedValue(new Error('offline'))
  const ended = vi.fn()
  registry.onEnded(ended)
  const id = registry.add(grant, revoke)
  expect(registry.grant(id)).toEqual(grant)
  await registry.end(id)
  await registry.end(id)
  expect(revoke).toHaveBeenCalledTimes(1)
  expect(revoke).toHaveBeenCalledWith({ keepalive: false })
  expect(ended).toHaveBeenCalledWith(id)
  expect(registry.grant(id)).toBeUndefined()
})

test('endAll revokes every step-up, with keepalive when the page is being left', async () => {
  const registry = createStepUpRegistry()
  const first = vi.fn().mockResolvedValue(undefined)
  const second = vi.fn().mockResolvedValue(undefined)
  registry.add(grant, first)
  registry.add(grant, second)
  await registry.endAll(true)
  expect(first).toHaveBeenCalledWith({ keepalive: true })
  expect(second).toHaveBeenCalledWith({ keepalive: true })
  expect(registry.size).toBe(0)
})

test('when the session ends (sign-out), every step-up of the app is revoked', async () => {
  sessionStore.set({
    instanceIssuer: 'https://mytoken.example',
    providerIssuer: 'https://op.example',
    token: 'session',
    momId: 'm',
    expiresAt: undefined,
    signedInAt: 0,
  })
  const revoke = vi.fn().mockResolvedValue(undefined)
  stepUps.add(grant, revoke)
  sessionStore.clear()
  await vi.waitFor(() => expect(revoke).toHaveBeenCalledTimes(1))
  expect(stepUps.size).toBe(0)
})
