// Token lifecycle beyond usage counts: the timeline, "create a successor with the same settings"
// (list row and details page), and the create page's reminders (expiry mail, calendar) — against
// the real server and Mailpit; the server's truth is read with plain fetch.
import type { Page } from '@playwright/test'
import { stackConfig } from '../stack/config'
import { approveInConsentTab, createAndApprove, expect, sessionTokenOf, test } from './fixtures'
import { createInApp, finishReveal, obtainAccessToken, waitForMail } from './lifecycle-helpers'
import { listedTokenNames } from './stack-api'

const issuer = stackConfig.mytoken.issuer

interface Payload {
  capabilities?: string[]
  restrictions?: { exp?: number; usages_AT?: number }[]
  iat?: number
}

/** The claims the server signed into a mytoken (a JWT). */
function claimsOf(token: string): Payload {
  return JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as Payload
}

/** mom_ids of the user's tokens by name, from the server's own list. */
async function momIdsNamed(sessionToken: string, name: string): Promise<string[]> {
  type Tree = { token: { name?: string; mom_id: string }; children?: Tree[] }
  const response = await fetch(`${issuer}/api/v0/tokeninfo`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ action: 'list_mytokens', mytoken: sessionToken }),
  })
  const body = (await response.json()) as { mytokens?: Tree[] }
  const all = (trees: Tree[] = []): Tree['token'][] =>
    trees.flatMap((tree) => [tree.token, ...all(tree.children)])
  return all(body.mytokens)
    .filter((token) => token.name === name)
    .map((token) => token.mom_id)
}

async function atServer<T>(sessionToken: string, path: string): Promise<T> {
  const response = await fetch(`${issuer}/api/v0/notifications${path}`, {
    headers: { Authorization: `Bearer ${sessionToken}` },
  })
  expect(response.status).toBe(200)
  return (await response.json()) as T
}

/** Client-side navigation (keeps this tab's memory, as following a link in the app does). */
async function navigateInApp(page: Page, url: string) {
  await page.evaluate((to) => {
    window.history.pushState({}, '', to)
    window.dispatchEvent(new PopStateEvent('popstate'))
  }, url)
}

async function unlockEmailSettings(page: Page, user: Parameters<typeof approveInConsentTab>[1]) {
  const tab = page.context().waitForEvent('page')
  await page.getByRole('button', { name: /^Show and change e-mail settings/ }).click()
  const consentTab = await tab
  await approveInConsentTab(consentTab, user)
  await consentTab.close()
  await expect(page.getByRole('button', { name: 'Lock now' })).toBeVisible()
}

test('a used-up token offers a successor with the same settings from its row and details page; the timeline lists it and works by keyboard', async ({
  signedInPage: page,
  user,
}) => {
  test.setTimeout(240_000)
  const old = await createInApp(page, user, '?preset=toar&name=Nightly%20TOAR&usages_AT=1')
  await obtainAccessToken(old, 'the only run')
  await finishReveal(page)

  // the list row: used up, so "Successor…" is offered
  const row = page.getByRole('row').filter({ hasText: 'Nightly TOAR' })
  await expect(row).toContainText('1 of 1 used')
  await row
    .getByRole('link', { name: 'Create a successor of Nightly TOAR with the same settings' })
    .click()
  await expect(page).toHaveURL(/\/create\?successor=/)
  expect(page.url()).not.toContain(old.slice(0, 40))
  await expect(page.getByText('Successor of “Nightly TOAR”')).toBeVisible()
  await expect(
    page.getByText(
      /capabilities, restrictions \(times moved to start now\) and rotation are filled in/,
    ),
  ).toBeVisible()
  const request = page.getByLabel('JSON request')
  await expect(request).toContainText('"usages_AT": 1')
  await expect(request).toContainText('"AT"')
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Nightly TOAR')

  await createAndApprove(page, user)
  await page.getByRole('button', { name: 'Show' }).click()
  const successor = (await page.getByLabel('Your mytoken').textContent()) ?? ''
  const claims = claimsOf(successor)
  expect(claims.capabilities).toEqual(['AT'])
  expect(claims.restrictions?.[0]?.usages_AT).toBe(1)
  // the same 30-day lifetime as the TOAR preset, starting now
  const lifetime = (claims.restrictions?.[0]?.exp ?? 0) - (claims.iat ?? 0)
  expect(Math.abs(lifetime - 30 * 86400)).toBeLessThan(3600)
  const sessionToken = await sessionTokenOf(page)
  expect((await listedTokenNames(sessionToken)).filter((n) => n === 'Nightly TOAR')).toHaveLength(2)
  await finishReveal(page)

  // the timeline: both tokens, today marked, names link to the details — by keyboard
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: 'Timeline' })
    .click()
  await expect(page).toHaveURL(/\/tokens\/timeline$/)
  const timeline = page.getByRole('table', { name: /time line/ })
  await expect(timeline.getByRole('link', { name: 'Nightly TOAR' })).toHaveCount(2)
  await expect(timeline.getByRole('columnheader', { name: /Lifetime/ })).toContainText('today')
  await timeline.getByRole('link', { name: 'Nightly TOAR' }).first().focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Token details' })).toBeVisible()

  // after a reload this tab no longer remembers the settings: the old token pasted brings them
  await page.goto('/tokens')
  await page
    .getByRole('row')
    .filter({ hasText: '1 of 1 used' })
    .getByRole('link', { name: 'Nightly TOAR', exact: true })
    .click()
  await page.getByRole('link', { name: 'Create a successor with the same settings' }).click()
  await expect(page.getByText(/paste the old token here/)).toBeVisible()
  await page.getByLabel('The old token (optional)').fill('not a token')
  await page.getByRole('button', { name: 'Copy its settings' }).click()
  await expect(page.getByText(/This is not a mytoken this page can read/)).toBeVisible()
  await page.getByLabel('The old token (optional)').fill(old)
  await page.getByRole('button', { name: 'Copy its settings' }).click()
  await expect(
    page.getByText(
      /capabilities, restrictions \(times moved to start now\) and rotation are filled in/,
    ),
  ).toBeVisible()
  await expect(page.getByLabel('JSON request')).toContainText('"usages_AT": 1')
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Nightly TOAR')
})

test("the create page e-mails before expiry by default (the server holds the provider's verified address), adds the token to a calendar, and names a refused reminder without hiding the token", async ({
  signedInPage: page,
  user,
}) => {
  test.setTimeout(300_000)
  await page.goto('/')
  const sessionToken = await sessionTokenOf(page)
  const main = page.getByRole('navigation', { name: 'Main' })
  await main.getByRole('link', { name: 'Calendars' }).click()
  await page.getByLabel('Name of a new calendar').fill('Expiry dates')
  await page.getByRole('button', { name: 'Create calendar' }).click()
  await expect(page.getByRole('heading', { name: 'Expiry dates' })).toBeVisible()

  // the server took the provider's verified address at sign-in: on by default, no unlock needed
  await navigateInApp(page, '/create?preset=toar&name=Reminded%20TOAR')
  await expect(
    page.getByRole('checkbox', { name: 'E-mail me before this token expires' }),
  ).toBeChecked()
  await expect(page.getByText(/the address the mytoken server holds for you/)).toBeVisible()
  await page.getByLabel('Add its expiry to a calendar').selectOption('Expiry dates')
  await createAndApprove(page, user)
  await expect(
    page.getByText('The server will e-mail you before this token expires.'),
  ).toBeVisible()
  await expect(page.getByText('Its expiry is in the calendar “Expiry dates”.')).toBeVisible()

  const [momId] = await momIdsNamed(sessionToken, 'Reminded TOAR')
  expect(momId).toBeTruthy()
  const { notifications } = await atServer<{
    notifications?: { notification_classes: string[]; subscribed_tokens?: string[] }[]
  }>(sessionToken, '')
  expect(notifications).toHaveLength(1)
  expect(notifications![0]!.notification_classes).toEqual(['expiration'])
  expect(notifications![0]!.subscribed_tokens).toEqual([momId])
  const { calendars } = await atServer<{
    calendars?: { name: string; subscribed_tokens?: string[] }[]
  }>(sessionToken, '/calendars')
  expect(calendars?.find((c) => c.name === 'Expiry dates')?.subscribed_tokens).toEqual([momId])
  await waitForMail(`${user.username}@test.example`, /New Mytoken Notification Subscription/)
  await finishReveal(page)

  // a new, unverified address: the reminder is refused, the token is still shown
  await main.getByRole('link', { name: 'Notifications' }).click()
  await unlockEmailSettings(page, user)
  await page.getByLabel('New e-mail address').fill(`${user.username}.new@test.example`)
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.getByText(/not verified yet/)).toBeVisible()
  await navigateInApp(page, '/create?preset=toar&name=Unreminded%20TOAR')
  const mail = page.getByRole('checkbox', { name: 'E-mail me before this token expires' })
  await expect(mail).not.toBeChecked()
  await mail.check()
  await createAndApprove(page, user)
  await expect(page.getByText('The token was created, but a reminder was not set')).toBeVisible()
  await expect(
    page.getByText(/the server sends mails only to a verified e-mail address/),
  ).toBeVisible()
  await page.getByRole('button', { name: 'Show' }).click()
  expect(((await page.getByLabel('Your mytoken').textContent()) ?? '').length).toBeGreaterThan(32)
  const after = await atServer<{ notifications?: unknown[] }>(sessionToken, '')
  expect(after.notifications).toHaveLength(1)
})
