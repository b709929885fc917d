import { stackConfig } from '../stack/config'
import {
  approveInConsentTab,
  clickOpeningTab,
  expect,
  sessionTokenOf,
  signInAgainInPlace,
  signInThroughUi,
  test,
} from './fixtures'
import { watchMytokenTraffic } from './mytoken-traffic'
import { countRequests, requestsSettled } from './requests-settled'
import { isTokenValid, revokeToken } from './stack-api'

test('a user signs in through the consent page and the provider, sees their name, and signing out revokes the session at the server', async ({
  page,
  user,
}) => {
  await signInThroughUi(page, user)

  // The provider identity (oidc-client-ts, silent sign-in) puts the user's name in the header.
  await expect(page.getByRole('link', { name: `Signed in as ${user.name}` })).toBeVisible()

  const token = await sessionTokenOf(page)
  expect(await isTokenValid(token)).toBe(true)

  // The session survives a reload (sessionStorage) …
  await page.reload()
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()

  // … and signing out revokes it at the server and forgets it here.
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible()
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0)
  expect(await isTokenValid(token)).toBe(false)
})

test('the tab remembers the name: a reload shows it without asking the provider, the account page still asks', async ({
  page,
  user,
}) => {
  await signInThroughUi(page, user)
  await expect(page.getByRole('link', { name: `Signed in as ${user.name}` })).toBeVisible()

  const providerRequests: string[] = []
  page.on('request', (request) => {
    if (request.url().startsWith(stackConfig.provider.issuer)) providerRequests.push(request.url())
  })
  const requests = countRequests(page)
  await page.reload()
  await expect(page.getByRole('link', { name: `Signed in as ${user.name}` })).toBeVisible()
  // everything the reloaded page asked for has been answered and it asks nothing more: a header
  // that asks would have asked by now
  await requestsSettled(page, requests)
  requests.stop()
  expect(providerRequests).toEqual([])
  expect(page.frames()).toHaveLength(1)

  // the account page's attributes come from the provider itself, asked silently
  await page.getByRole('link', { name: `Signed in as ${user.name}` }).click()
  await expect(page.getByText(`${user.username}@test.example`)).toBeVisible()
  expect(providerRequests.some((url) => new URL(url).pathname === '/auth')).toBe(true)

  // signing out forgets the name with the session
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible()
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0)
})

test('the account page shows which requested attributes the provider released', async ({
  page,
  user,
}) => {
  await signInThroughUi(page, user)
  await page.getByRole('link', { name: /^Signed in as/ }).click()
  await expect(page.getByRole('heading', { name: 'Account' })).toBeVisible()
  await expect(page.getByText(`${user.username}@test.example`)).toBeVisible()
  await expect(page.getByRole('listitem').filter({ hasText: 'eduperson_unique_id' })).toContainText(
    'released',
  )
})

test('cancelling on the consent page gives a clear message and a way to start again', async ({
  page,
  user,
}) => {
  await page.goto('/sign-in')
  const consentTab = await clickOpeningTab(page, page.getByRole('button', { name: /^Sign in/ }))
  await consentTab.waitForURL(/\/c\//)
  await consentTab.getByRole('button', { name: 'Cancel' }).click()

  await expect(
    page.getByText('You cancelled on the consent page, so nothing was created.'),
  ).toBeVisible()
  await consentTab.close()

  // Starting again works and signs the user in.
  await approveInConsentTab(
    await clickOpeningTab(page, page.getByRole('button', { name: 'Start again' })),
    user,
  )
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()
})

test('denying access at the provider gives a clear message and a way to start again', async ({
  page,
  user,
}) => {
  await page.goto('/sign-in')
  await approveInConsentTab(
    await clickOpeningTab(page, page.getByRole('button', { name: /^Sign in/ })),
    user,
    { onProviderConsent: 'deny' },
  )
  await expect(page.getByText(/declined or interrupted/)).toBeVisible()
  await expect(page.getByRole('button', { name: 'Start again' })).toBeVisible()
})

test('a polling code that expires before approval gives a clear message and a way to start again', async ({
  page,
  user,
}) => {
  await page.clock.install()
  await page.goto('/sign-in')
  const consentTab = await clickOpeningTab(page, page.getByRole('button', { name: /^Sign in/ }))
  await expect(page.getByText('Waiting for you in the other tab')).toBeVisible()

  // The server's polling codes live 300 s; let that time pass in the app without approving.
  await page.clock.fastForward('05:10')
  await expect(page.getByText(/The request expired before it was approved/)).toBeVisible()

  await consentTab.close()
  await approveInConsentTab(
    await clickOpeningTab(page, page.getByRole('button', { name: 'Start again' })),
    user,
  )
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()
})

test('a session revoked from outside ends with a clear notice, and signing in again happens in place', async ({
  page,
  user,
}) => {
  // The app checks a new session at the server by itself; revoked before that check, the
  // session would end before the user does anything. Revoked once it has answered, the session
  // ends at the user's next step, as when it is revoked while the app sits idle.
  const sessionChecked = page.waitForResponse(
    (response) =>
      response.url() === `${stackConfig.mytoken.issuer}/api/v0/tokeninfo` && response.ok(),
  )
  const traffic = watchMytokenTraffic(page)
  await signInThroughUi(page, user)
  await sessionChecked
  // The token list reads each token's history in the background; About sends nothing with the
  // session, so there the next request is the user's next step.
  await page.getByRole('link', { name: 'About this server' }).click()
  await traffic.settled()
  const token = await sessionTokenOf(page)
  await revokeToken(token)

  await page.getByRole('link', { name: /^Signed in as/ }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'Your session has ended' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible()
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0)

  await signInAgainInPlace(page, user)
  await expect(page).toHaveURL(/\/account$/)
})

test('signing out while the server is unreachable still forgets the session here and says so', async ({
  page,
  user,
}) => {
  await signInThroughUi(page, user)
  const token = await sessionTokenOf(page)
  await page.context().setOffline(true)
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByText('You are signed out on this device')).toBeVisible()
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0)
  await page.context().setOffline(false)
  // the server was never told, so the token is still valid there until it expires
  expect(await isTokenValid(token)).toBe(true)
  await revokeToken(token)
})

test('turning on rotation for the session on the consent page works: the app follows every token_update', async ({
  page,
  user,
}) => {
  const traffic = watchMytokenTraffic(page)
  await page.goto('/sign-in')
  const consentTab = await clickOpeningTab(page, page.getByRole('button', { name: /^Sign in/ }))
  await consentTab.waitForURL(/\/c\//)
  // the server's own consent page: open its rotation section and rotate on all other requests
  await consentTab.locator('button[data-target$="rot-body"]').first().click()
  await consentTab.locator('label[for$="rotationOther"]').first().click()
  await expect(consentTab.getByLabel('On all other requests').first()).toBeChecked()
  await approveInConsentTab(consentTab, user, { alreadyOnConsentPage: true })

  // signing in lands on the token list, whose request rotates the session token
  await expect(page.getByRole('heading', { name: 'My tokens' })).toBeVisible()
  await expect(page.getByText("this app's session").first()).toBeVisible()
  await page.getByRole('button', { name: 'Refresh list' }).click()
  await expect(page.getByText("this app's session").first()).toBeVisible()

  // Only once every answer has reached the app is its copy the one the server holds: a copy
  // read while the list's or the usage counts' requests are under way would be stale by the
  // time this test used it (and with auto-revoke, using it would revoke the session).
  await traffic.settled()
  // (compared by kind and count, so that a failure prints no token)
  const [first, ...later] = traffic.issued()
  expect(first?.kind).toBe('new')
  expect(later.map(({ kind }) => kind)).not.toContain('new')
  expect(later.length).toBeGreaterThan(0)
  const current = await sessionTokenOf(page)
  expect(current === first!.token, 'the session was rotated').toBe(false)
  expect(await isTokenValid(current)).toBe(true)
  // last: with auto-revoke (the consent page's default with rotation) a stale copy revokes it all
  expect(await isTokenValid(first!.token)).toBe(false)
})
