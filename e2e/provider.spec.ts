// The OpenID provider stand-in as the app meets it: its login form, its refusal of the app's
// public client without PKCE, its CORS for the app's origin, and silent sign-in in an iframe.
import { createHash, randomBytes } from 'node:crypto'
import type { Response } from '@playwright/test'
import { stackConfig } from '../stack/config'
import { clickOpeningTab, expect, signInThroughUi, test } from './fixtures'

const { provider, app } = stackConfig

/** An authorization request of the app's public client to the redirect URI the provider registers. */
function authorizeUrl(options: { pkce: boolean; prompt?: string }): string {
  const verifier = randomBytes(32).toString('base64url')
  const url = new URL(`${provider.issuer}/auth`)
  url.search = new URLSearchParams({
    client_id: provider.spaClient.clientId,
    redirect_uri: `${app.previewOrigin}/auth/callback.html`,
    response_type: 'code',
    scope: 'openid profile email',
    state: randomBytes(8).toString('hex'),
    nonce: randomBytes(8).toString('hex'),
    ...(options.pkce && {
      code_challenge: createHash('sha256').update(verifier).digest('base64url'),
      code_challenge_method: 'S256',
    }),
    ...(options.prompt && { prompt: options.prompt }),
  }).toString()
  return url.toString()
}

/** Where the provider sends the browser (no cookies: no provider session). */
async function redirectOf(url: string): Promise<string> {
  const response = await fetch(url, { redirect: 'manual' })
  expect(response.status, await response.clone().text()).toBe(303)
  return response.headers.get('location') ?? ''
}

test('a wrong password is refused with the provider’s message; the right one goes on to its consent page', async ({
  page,
  user,
}) => {
  await page.goto('/sign-in')
  const tab = await clickOpeningTab(page, page.getByRole('button', { name: /^Sign in/ }))
  await tab.waitForURL(/\/c\//)
  await tab.getByRole('button', { name: 'Continue' }).click()
  await tab.waitForURL((url) => url.origin === provider.issuer)

  await tab.getByLabel('Username').fill(user.username)
  await tab.getByLabel('Password').fill('not-the-password')
  await tab.getByRole('button', { name: 'Sign in' }).click()
  await expect(tab.getByRole('alert')).toHaveText('Wrong username or password.')
  await expect(tab).toHaveTitle(/^Sign in — /)
  await expect(tab.getByLabel('Username')).toHaveValue(user.username)

  await tab.getByLabel('Password').fill(user.password)
  await tab.getByRole('button', { name: 'Sign in' }).click()
  await expect(tab.getByRole('heading', { name: 'Allow access?' })).toBeVisible()
  for (const scope of provider.scopes) {
    await expect(tab.locator('ul.scopes')).toContainText(scope)
  }
  await tab.getByRole('button', { name: 'Allow' }).click()
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()
})

test('the provider refuses the app’s public client without PKCE, and prompt=none without a provider session', async () => {
  // the same request with PKCE is accepted: the refusal below is about PKCE alone
  expect(await redirectOf(authorizeUrl({ pkce: true }))).toMatch(/^\/interaction\//)

  const withoutPkce = new URL(await redirectOf(authorizeUrl({ pkce: false })))
  expect(withoutPkce.origin + withoutPkce.pathname).toBe(`${app.previewOrigin}/auth/callback.html`)
  expect(withoutPkce.searchParams.get('error')).toBe('invalid_request')
  expect(withoutPkce.searchParams.get('error_description')).toMatch(/requires PKCE/)
  expect(withoutPkce.searchParams.get('code')).toBeNull()

  const silent = new URL(await redirectOf(authorizeUrl({ pkce: true, prompt: 'none' })))
  expect(silent.searchParams.get('error')).toBe('login_required')
})

test('silent sign-in works inside the app: prompt=none in an iframe, then the provider answers the app’s origin (CORS)', async ({
  page,
  user,
}) => {
  const silentRequests: { url: URL; inIframe: boolean }[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.origin === provider.issuer && url.pathname === '/auth')
      silentRequests.push({ url, inIframe: request.frame() !== page.mainFrame() })
  })
  const providerAnswers = new Map<string, Response>()
  page.on('response', (response) => {
    const url = new URL(response.url())
    if (url.origin === provider.issuer) providerAnswers.set(url.pathname, response)
  })

  await signInThroughUi(page, user)
  // the provider identity in the header comes from the silent sign-in
  await expect(page.getByRole('link', { name: `Signed in as ${user.name}` })).toBeVisible()

  expect(silentRequests).toHaveLength(1)
  expect(silentRequests[0]!.inIframe).toBe(true)
  expect(silentRequests[0]!.url.searchParams.get('prompt')).toBe('none')
  expect(silentRequests[0]!.url.searchParams.get('code_challenge_method')).toBe('S256')
  for (const endpoint of ['/.well-known/openid-configuration', '/token', '/me']) {
    const answer = providerAnswers.get(endpoint)
    expect(answer?.status(), endpoint).toBe(200)
    expect(['*', app.previewOrigin], endpoint).toContain(
      (await answer!.allHeaders())['access-control-allow-origin'],
    )
  }
  // the endpoints that see the user's tokens answer this origin only, not any origin
  for (const endpoint of ['/token', '/me']) {
    expect((await providerAnswers.get(endpoint)!.allHeaders())['access-control-allow-origin']).toBe(
      app.previewOrigin,
    )
  }
})
