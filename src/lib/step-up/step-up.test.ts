import { expect, test, vi } from 'vitest'
import type { MytokenClient } from '../mytoken/api/client'
import type { MytokenResponse } from '../mytoken/api/schemas'
import { sessionStore } from '../mytoken/browser-state/session-store'
import { createStepUpRegistry, runOnceAndRevoke, stepUpRequest, stepUps } from './step-up'

const grant = { token: 'step-up-token', capabilities: ['settings:grants'], expiresAt: 1 }

test('a step-up request asks for exactly the given capabilities, minutes of life, no rotation', () => {
  const request = stepUpRequest(
    {
      providerIssuer: 'https://op.example',
      applicationName: 'mytoken-web app',
      purpose: 'settings',
      capabilities: ['read@settings:grants'],
      lifetimeSeconds: 300,
    },
    1_000_000,
  )
  expect(request).toEqual({
    oidc_issuer: 'https://op.example',
    name: 'mytoken-web app step-up: settings',
    application_name: 'mytoken-web app',
    capabilities: ['read@settings:grants'],
    restrictions: [{ usages_other: 5, exp: 1000 + 300 }],
    rotation: { on_AT: false, on_other: false },
    response_type: 'token',
  })
})

test('given limits replace the default use count and join the one restriction clause', () => {
  const request = stepUpRequest(
    {
      providerIssuer: 'https://op.example',
      applicationName: 'mytoken-web app',
      purpose: 'one access token',
      capabilities: ['AT'],
      lifetimeSeconds: 120,
      restrictions: { scope: 'openid', usages_AT: 1 },
    },
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

test('the default lifetime is ten minutes', () => {
  const request = stepUpRequest(
    { providerIssuer: 'p', applicationName: 'a', purpose: 'x', capabilities: ['settings:email'] },
    0,
  )
  expect(request.restrictions).toEqual([{ usages_other: 5, exp: 600 }])
})

test('a one-shot step-up is revoked after its work, also when the work fails', async () => {
  const revokeToken = vi.fn().mockResolvedValue(undefined)
  const client = { revokeToken } as unknown as MytokenClient
  const result = { mytoken: 'one-shot', capabilities: ['settings:email'], expires_in: 600 }
  const seen = await runOnceAndRevoke(client, result as MytokenResponse, (credential) =>
    Promise.resolve(credential.token()),
  )
  expect(seen).toBe('one-shot')
  await expect(
    runOnceAndRevoke(client, result as MytokenResponse, () => Promise.reject(new Error('boom'))),
  ).rejects.toThrow('boom')
  expect(revokeToken).toHaveBeenCalledTimes(2)
  expect(revokeToken).toHaveBeenCalledWith('one-shot', false, { keepalive: false })
  expect(stepUps.size).toBe(0)
})
