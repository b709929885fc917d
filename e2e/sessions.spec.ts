// One sign-in per browser: the app's tabs share one session, sign out together, and notice a
// session revoked elsewhere within a minute. The truth is asked at the server with plain fetch.
import type { Page } from '@playwright/test'
import { BROWSER_ID_STORAGE_KEY } from '../src/lib/mytoken/browser-state/browser-sessions'
import { SESSION_STORAGE_KEY } from '../src/lib/mytoken/browser-state/stored-session'
import { expect, gotoHydrated, sessionTokenOf, signInThroughUi, test } from './fixtures'
import { signInOverHttp } from './session-over-http'
import { isTokenValid, listedTokenNames, revokeToken } from './stack-api'

const SESSION_NAME = 'mytoken-web app session'

const signedOut = (page: Page) =>
  expect(page.locator('header').getByRole('link', { name: 'Sign in' })).toBeVisible()

test('a second tab is signed in without a new session, and signing out in one signs out both', async ({
  signedInPage: page,
  context,
}) => {
  await page.goto('/')
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()
  const second = await context.newPage()
  await second.goto('/tokens')
  await expect(second.getByRole('button', { name: 'Sign out' })).toBeVisible()
  await expect(second.getByRole('link', { name: SESSION_NAME })).toBeVisible()
  // no consent tab was opened for it: only the two app tabs exist
  expect(context.pages()).toHaveLength(2)
  const token = await sessionTokenOf(page)
  expect(await sessionTokenOf(second)).toBe(token)

  // the server holds exactly one session of this app for the user
  expect(
    (await listedTokenNames(token)).filter((name) => name.startsWith(SESSION_NAME)),
  ).toHaveLength(1)

  await second.getByRole('button', { name: 'Sign out' }).click()
  await signedOut(second)
  // the first tab follows at once, without a reload or a click
  await signedOut(page)
  expect(await page.evaluate((key) => sessionStorage.getItem(key), SESSION_STORAGE_KEY)).toBeNull()
  expect(await isTokenValid(token)).toBe(false)
})

test('a signed-out home page, which loads only its own files, takes a session signed in from another tab and signs out with it', async ({
  page,
  context,
  user,
}) => {
  const scripts: string[] = []
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname)
  })
  await gotoHydrated(page, '/')
  await signedOut(page)
  const listed = await page.locator('meta[name="mytoken-web-scripts"]').getAttribute('content')
  expect(scripts.toSorted()).toEqual(listed!.split(' ').toSorted())

  const other = await context.newPage()
  await signInThroughUi(other, user)
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()
  // the server's discovery document arrived: the page talks to the server now
  await expect(page.getByText(/^Server: .*version/)).toBeVisible()
  const token = await sessionTokenOf(page)
  expect(await sessionTokenOf(other)).toBe(token)

  await page.getByRole('button', { name: 'Sign out' }).click()
  await signedOut(page)
  await signedOut(other)
  expect(await isTokenValid(token)).toBe(false)
})

test('a session revoked elsewhere is noticed within a minute while the tab is visible', async ({
  signedInPage: page,
}) => {
  await page.clock.install()
  await page.goto('/tokens')
  await expect(page.getByRole('link', { name: SESSION_NAME })).toBeVisible()
  const token = await sessionTokenOf(page)
  // revoked from outside (another browser, the built-in interface): no click in this tab
  await revokeToken(token)
  await page.clock.fastForward('01:00')
  await expect(page.getByText('Your session has ended')).toBeVisible()
  await signedOut(page)
})

test("the next sign-in in a browser ends the session it left open, and no other browser's", async ({
  signedInPage: page,
  context,
  user,
}) => {
  // the first browser signs in, then its only tab is closed without "Sign out"
  await page.goto('/')
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()
  const leftOpen = await sessionTokenOf(page)
  const thisBrowserId = await page.evaluate(
    (key) => localStorage.getItem(key),
    BROWSER_ID_STORAGE_KEY,
  )
  expect(thisBrowserId).toMatch(/^[0-9a-f]{32}$/)
  await page.close()

  // another browser of the same user signs in (the app's own request, with that browser's id)
  const otherSession = (await signInOverHttp(user)).token

  // the first browser signs in again
  const again = await context.newPage()
  await signInThroughUi(again, user)
  await expect(
    again
      .getByRole('status')
      .filter({ hasText: 'Ended 1 earlier session this browser left open.' }),
  ).toBeVisible()
  const current = await sessionTokenOf(again)

  expect(await isTokenValid(leftOpen)).toBe(false)
  expect(await isTokenValid(otherSession)).toBe(true)
  expect(await isTokenValid(current)).toBe(true)
  const sessions = (await listedTokenNames(current)).filter((name) => name.startsWith(SESSION_NAME))
  expect(sessions).toHaveLength(2)
  expect(sessions).toContain(`${SESSION_NAME} · ${thisBrowserId!.slice(0, 10)}`)
  // the list already shown is brought up to date without a reload
  await expect(again.getByRole('link', { name: SESSION_NAME })).toHaveCount(2)
})
