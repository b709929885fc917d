import type { Page } from '@playwright/test'
import { analyzeAccessibility } from './axe'
import { createMytokenOverHttp, expect, test, type TestUser } from './fixtures'
import { canObtainAccessToken, createSubtoken, revokeToken } from './stack-api'

const DAY = 24 * 3600

/** Creates a token through the consent flow; returns it with the expiry it was given. */
async function createToken(
  user: TestUser,
  name: string,
  lifetimeSeconds: number,
  capabilities = ['AT'],
): Promise<{ token: string; exp: number }> {
  const exp = Math.floor(Date.now() / 1000) + lifetimeSeconds
  const created = await createMytokenOverHttp(user, {
    name,
    capabilities,
    restrictions: [{ exp, usages_AT: 50 }],
  })
  if (!created.mytoken) throw new Error(`no token for ${name}`)
  return { token: created.mytoken, exp }
}

async function createNamedSubtoken(parent: string, name: string, exp?: number): Promise<string> {
  const created = await createSubtoken(parent, {
    name,
    capabilities: ['AT'],
    ...(exp ? { restrictions: [{ exp, usages_AT: 50 }] } : {}),
  })
  if (!created.mytoken) throw new Error(`no token for ${name}`)
  return created.mytoken
}

/** The row's expiry cell shows exactly this instant (its <time> carries it machine-readably). */
function expiryOf(page: Page, name: string, exp: number) {
  return row(page, name).locator(`time[datetime="${new Date(exp * 1000).toISOString()}"]`)
}

function row(page: Page, name: string | RegExp) {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) })
}

interface Seeded {
  token: string
  exp: number
}

/** Alpha pipeline (3 days, may create sub-tokens) with its sub-token Alpha worker (2 days). */
async function seedAlpha(user: TestUser) {
  const alpha = await createToken(user, 'Alpha pipeline', 3 * DAY, ['AT', 'create_mytoken'])
  const childExp = Math.floor(Date.now() / 1000) + 2 * DAY
  const child = await createNamedSubtoken(alpha.token, 'Alpha worker', childExp)
  return { alpha, child: { token: child, exp: childExp } satisfies Seeded }
}

const seedBeta = (user: TestUser) => createToken(user, 'Beta notebook', 30 * DAY)
const seedGamma = (user: TestUser) => createToken(user, 'Gamma backup', 60 * DAY)

async function openList(page: Page) {
  await page.goto('/')
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'My tokens' })
    .click()
  await expect(page.getByRole('heading', { name: 'My tokens', level: 1 })).toBeVisible()
}

test("the list shows each token with its expiry, status and sub-tokens, and marks the app's own session as not revocable", async ({
  signedInPage: page,
  user,
}) => {
  const { alpha, child } = await seedAlpha(user)
  const beta = await seedBeta(user)
  const gamma = await seedGamma(user)
  await openList(page)

  await expect(expiryOf(page, 'Alpha pipeline', alpha.exp)).toBeVisible()
  await expect(expiryOf(page, 'Alpha worker', child.exp)).toBeVisible()
  await expect(expiryOf(page, 'Beta notebook', beta.exp)).toBeVisible()
  await expect(expiryOf(page, 'Gamma backup', gamma.exp)).toBeVisible()
  await expect(row(page, 'Beta notebook')).toContainText('in 4 weeks')
  // "expiring" is relative to the lifetime: a fresh 3-day token is active, not "expiring soon"
  await expect(row(page, 'Alpha pipeline')).toContainText('Active')
  await expect(row(page, 'Alpha pipeline')).toContainText('1 sub-token')
  await expect(row(page, 'Beta notebook')).toContainText('Active')
  // The app's own session is marked and offers no revoke button.
  const sessionRow = row(page, /mytoken-web app session/)
  await expect(sessionRow).toContainText("this app's session")
  await expect(sessionRow.getByRole('button', { name: /Revoke/ })).toHaveCount(0)
  await expect(sessionRow.getByRole('checkbox')).toHaveCount(0)

  const axe = await analyzeAccessibility(page)
  expect(axe.violations).toEqual([])
})

test('a sub-token sits under its parent, and the branch collapses and expands by keyboard', async ({
  signedInPage: page,
  user,
}) => {
  await seedAlpha(user)
  await openList(page)
  await expect(row(page, 'Alpha worker')).toBeVisible()

  const toggle = page.getByRole('button', { name: 'Sub-tokens of Alpha pipeline' })
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  await toggle.focus()
  await page.keyboard.press('Enter')
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  await expect(row(page, 'Alpha worker')).toHaveCount(0)
  await page.keyboard.press('Space')
  await expect(row(page, 'Alpha worker')).toBeVisible()
})

test('searching by name narrows the list to the matches', async ({ signedInPage: page, user }) => {
  await seedAlpha(user)
  await seedBeta(user)
  await seedGamma(user)
  await openList(page)
  await expect(row(page, 'Gamma backup')).toBeVisible()

  await page.getByLabel('Search by name').fill('beta')
  await expect(page.getByText('Showing 1 of 5 tokens')).toBeVisible()
  await expect(row(page, 'Beta notebook')).toBeVisible()
  await expect(row(page, 'Gamma backup')).toHaveCount(0)
  await page.getByLabel('Search by name').fill('')
  await expect(row(page, 'Gamma backup')).toBeVisible()
})

test("a token's details show its history, its sub-token and a successor with the same settings", async ({
  signedInPage: page,
  user,
}) => {
  await seedAlpha(user)
  await openList(page)

  await page.getByRole('link', { name: 'Alpha pipeline' }).click()
  await expect(page.getByRole('heading', { name: 'Token details', level: 1 })).toBeVisible()
  const history = page
    .getByRole('table')
    .filter({ has: page.getByRole('columnheader', { name: 'Event' }) })
  await expect(history.getByRole('rowheader', { name: 'Created', exact: true })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Alpha worker' })).toBeVisible()
  await expect(
    page.getByRole('link', { name: 'Create a successor with the same settings', exact: true }),
  ).toHaveAttribute('href', /^\/create\?successor=[^&]+&name=Alpha\+pipeline&exp=%2B259\d{3}s$/)
  const detailsAxe = await analyzeAccessibility(page)
  expect(detailsAxe.violations).toEqual([])
})

test('revoking a parent with its sub-tokens from its details page revokes both — checked at the server — and the list no longer shows them', async ({
  signedInPage: page,
  user,
}) => {
  const { alpha, child } = await seedAlpha(user)
  const gamma = await seedGamma(user)
  await openList(page)
  await page.getByRole('link', { name: 'Alpha pipeline' }).click()
  await expect(page.getByRole('heading', { name: 'Token details', level: 1 })).toBeVisible()

  await page.getByRole('button', { name: 'Revoke…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Revoke “Alpha pipeline”?' })
  await expect(dialog).toBeVisible()
  await expect(dialog).toContainText('1 sub-token')
  await dialog.getByLabel('Also revoke their sub-tokens').check()
  await dialog.getByRole('button', { name: 'Revoke', exact: true }).click()
  await expect(dialog.getByRole('status')).toContainText('Revoked: Alpha pipeline')
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(page.getByText('This token has been revoked.')).toBeVisible()

  // Back in the list (no reload): both are gone, the other token is still there.
  await page.getByRole('link', { name: 'Back to my tokens' }).first().click()
  await expect(row(page, 'Gamma backup')).toBeVisible()
  await expect(row(page, 'Alpha pipeline')).toHaveCount(0)
  await expect(row(page, 'Alpha worker')).toHaveCount(0)

  // The truth at the server.
  expect(await canObtainAccessToken(alpha.token)).toBe(false)
  expect(await canObtainAccessToken(child.token)).toBe(false)
  expect(await canObtainAccessToken(gamma.token)).toBe(true)
})

test('cancelling a revoke with Escape revokes nothing and returns focus to the button that opened it', async ({
  signedInPage: page,
  user,
}) => {
  const gamma = await seedGamma(user)
  await openList(page)

  const gammaRevoke = row(page, 'Gamma backup').getByRole('button', { name: 'Revoke Gamma backup' })
  await gammaRevoke.click()
  await expect(page.getByRole('dialog', { name: 'Revoke “Gamma backup”?' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toBeHidden()
  await expect(gammaRevoke).toBeFocused()
  await expect(row(page, 'Gamma backup')).toBeVisible()
  expect(await canObtainAccessToken(gamma.token)).toBe(true)
})

test('revoking a single token from its row revokes only that one — checked at the server', async ({
  signedInPage: page,
  user,
}) => {
  const beta = await seedBeta(user)
  const gamma = await seedGamma(user)
  await openList(page)

  await row(page, 'Beta notebook').getByRole('button', { name: 'Revoke Beta notebook' }).click()
  const betaDialog = page.getByRole('dialog', { name: 'Revoke “Beta notebook”?' })
  await expect(betaDialog).toBeVisible()
  const dialogAxe = await analyzeAccessibility(page)
  expect(dialogAxe.violations).toEqual([])
  await betaDialog.getByRole('button', { name: 'Revoke', exact: true }).click()
  await expect(betaDialog.getByRole('status')).toContainText('1 revoked, 0 failed.')
  await betaDialog.getByRole('button', { name: 'Close' }).click()
  await expect(row(page, 'Beta notebook')).toHaveCount(0)
  await expect(row(page, 'Gamma backup')).toBeVisible()

  // The truth at the server.
  expect(await canObtainAccessToken(beta.token)).toBe(false)
  expect(await canObtainAccessToken(gamma.token)).toBe(true)
})

test('a bulk revoke in which one token was already revoked elsewhere reports that token and revokes the others', async ({
  signedInPage: page,
  user,
}) => {
  const { token: parent } = await createToken(user, 'Cluster parent', 10 * DAY, [
    'AT',
    'create_mytoken',
  ])
  const one = await createNamedSubtoken(parent, 'Job one')
  const two = await createNamedSubtoken(parent, 'Job two')
  const three = await createNamedSubtoken(parent, 'Job three')

  await page.goto('/tokens')
  await expect(row(page, 'Job three')).toBeVisible()

  // Revoked out of band after the list was loaded: the app does not know yet.
  await revokeToken(two)

  for (const name of ['Job one', 'Job two', 'Job three']) {
    await page.getByRole('checkbox', { name: `Select ${name}` }).check()
  }
  await expect(page.getByText('3 selected')).toBeVisible()
  await page.getByRole('button', { name: 'Revoke selected…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Revoke 3 tokens?' })
  for (const name of ['Job one', 'Job two', 'Job three']) {
    await expect(dialog.getByRole('listitem').filter({ hasText: name })).toBeVisible()
  }
  await dialog.getByRole('button', { name: 'Revoke 3 tokens' }).click()
  const results = dialog.getByRole('status')
  await expect(results).toContainText('2 revoked, 1 failed.')
  await expect(results).toContainText('Revoked: Job one')
  await expect(results).toContainText('Not revoked: Job two')
  await expect(results).toContainText('Revoked: Job three')
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(dialog).toBeHidden()

  await expect(row(page, 'Job one')).toHaveCount(0)
  await expect(row(page, 'Job three')).toHaveCount(0)
  await expect(row(page, 'Cluster parent')).toBeVisible()

  expect(await canObtainAccessToken(one)).toBe(false)
  expect(await canObtainAccessToken(two)).toBe(false)
  expect(await canObtainAccessToken(three)).toBe(false)
  expect(await canObtainAccessToken(parent)).toBe(true)
})

test('a user without tokens of their own is told so and where to create one', async ({
  signedInPage: page,
}) => {
  await page.goto('/tokens')
  await expect(
    page.getByText('You have no tokens yet apart from the session of this app.'),
  ).toBeVisible()
  await expect(
    page.getByRole('link', { name: 'Create a token', exact: true }).last(),
  ).toHaveAttribute('href', '/create')
  // only the session is listed, and it cannot be selected or revoked
  await expect(page.getByText('Showing 1 of 1 tokens')).toBeVisible()
  await expect(page.getByRole('button', { name: /^Revoke/ })).toHaveCount(0)
})

test('a reload of My tokens asks for the list once, before the app’s code has loaded, and shows it', async ({
  signedInPage: page,
  user,
}) => {
  await seedBeta(user)
  await page.goto('/tokens')
  await expect(row(page, 'Beta notebook')).toBeVisible()

  const sent: string[] = []
  page.on('request', (request) => {
    if (request.method() === 'OPTIONS') return
    const body = request.postData() ?? ''
    if (body.includes('"action":"list_mytokens"')) sent.push('list')
    else if (new URL(request.url()).pathname.endsWith('.js')) sent.push('script')
  })
  await page.reload()
  await expect(row(page, 'Beta notebook')).toBeVisible()
  await expect(page.getByText('Showing 2 of 2 tokens')).toBeVisible()
  expect(sent.filter((what) => what === 'list')).toHaveLength(1)
  expect(sent[0]).toBe('list')
})
