// One sign-in per browser: the app's tabs share one session, sign out together, and notice a
// session revoked elsewhere within a minute. The truth is asked at the server with plain fetch.
import type { Page } from '@playwright/test'
import { SESSION_STORAGE_KEY } from '../src/lib/mytoken/session-storage-key'
import { expect, sessionTokenOf, signInThroughUi, test } from './fixtures'
import { isTokenValid, listedTokenNames, revokeToken } from './stack-api'

const SESSION_NAME = 'mytoken-web app session'

const signedOut = (page: Page) =>
  expect(page.locator('header').getByRole('link', { name: 'Sign in' })).toBeVisible()

test('a second tab is signed in without a new session, and signing out in one signs out both', async ({
  page,
  context,
  user,
}) => {
  await signInThroughUi(page, user)
  const second = await context.newPage()
  await second.goto('/tokens')
  await expect(second.getByRole('button', { name: 'Sign out' })).toBeVisible()
  await expect(second.getByRole('link', { name: SESSION_NAME })).toBeVisible()
  // no consent tab was opened for it: only the two app tabs exist
  expect(context.pages()).toHaveLength(2)
  const token = await sessionTokenOf(page)
  expect(await sessionTokenOf(second)).toBe(token)

  // the server holds exactly one session of this app for the user
  expect((await listedTokenNames(token)).filter((name) => name === SESSION_NAME)).toHaveLength(1)

  await second.getByRole('button', { name: 'Sign out' }).click()
  await signedOut(second)
  // the first tab follows at once, without a reload or a click
  await signedOut(page)
  expect(await page.evaluate((key) => sessionStorage.getItem(key), SESSION_STORAGE_KEY)).toBeNull()
  expect(await isTokenValid(token)).toBe(false)
})

test('a session revoked elsewhere is noticed within a minute while the tab is visible', async ({
  page,
  user,
}) => {
  await page.clock.install()
  await signInThroughUi(page, user)
  await page.goto('/tokens')
  await expect(page.getByRole('link', { name: SESSION_NAME })).toBeVisible()
  const token = await sessionTokenOf(page)
  // revoked from outside (another browser, the built-in interface): no click in this tab
  await revokeToken(token)
  await page.clock.fastForward('01:00')
  await expect(page.getByText('Your session has ended')).toBeVisible()
  await signedOut(page)
})
