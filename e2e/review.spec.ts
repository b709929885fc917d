// The account health check ("Review" of My tokens) on an account seeded over plain HTTP with one
// token of each risky kind: each is named with its fix; "replace with a narrower one" yields a
// token the server confirms as narrower, and the old one is revoked only once the user agrees.
// Tokens that must be old (unused for 90 days, in the last part of their lifetime) are aged in the
// server's own database (server-database.ts), and the server's answers are checked before the app's.
import type { Locator, Page } from '@playwright/test'
import { stackConfig } from '../stack/config'
import { analyzeAccessibility } from './axe'
import { createAndApprove, createMytokenOverHttp, expect, test } from './fixtures'
import { createInApp, finishReveal, obtainAccessToken } from './lifecycle-helpers'
import { backdateToken } from './server-database'
import { signInOverHttp } from './session-over-http'
import {
  createSubtoken,
  eventHistory,
  introspect,
  isTokenValid,
  listedCreationTimes,
  listedTokenNames,
} from './stack-api'

const DAY = 86_400
const inDays = (days: number) => Math.floor(Date.now() / 1000) + days * DAY

async function expectNoViolations(page: Page, label: string) {
  const results = await analyzeAccessibility(page)
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  )
  expect(summary, `${label} has accessibility violations`).toEqual([])
}

/** An access token obtained as a script on another machine would: its own program name. */
async function obtainAccessTokenAs(mytoken: string, userAgent: string) {
  const discovery = (await (
    await fetch(`${stackConfig.mytoken.issuer}/.well-known/mytoken-configuration`)
  ).json()) as { access_token_endpoint: string }
  const response = await fetch(discovery.access_token_endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'User-Agent': userAgent },
    body: JSON.stringify({ grant_type: 'mytoken', mytoken, comment: `e2e from ${userAgent}` }),
  })
  expect(response.status, await response.clone().text()).toBe(200)
}

/** The review's card of the token named `name` (a card, not one of its findings). */
function card(page: Page, name: string | RegExp): Locator {
  return page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name, exact: true }) })
}

test('the review names each risky token with its fix; a narrower replacement is confirmed by the server and the old token is revoked only after the user agrees', async ({
  signedInPage: page,
  user,
}) => {
  test.setTimeout(300_000)
  const admin = await createMytokenOverHttp(user, {
    name: 'Account admin',
    capabilities: ['AT', 'tokeninfo', 'settings', 'manage_mytokens'],
    restrictions: [{ usages_AT: 10 }],
  })
  // a managing use the history shows: listing all of the user's tokens
  await listedTokenNames(admin.mytoken!)
  const factory = await createMytokenOverHttp(user, {
    name: 'Token factory',
    capabilities: ['AT', 'create_mytoken'],
    restrictions: [{ exp: inDays(30) }],
  })
  await createSubtoken(factory.mytoken!, {
    name: 'Factory child',
    capabilities: ['AT'],
    restrictions: [{ exp: inDays(10) }],
  })
  const unlimited = await createMytokenOverHttp(user, {
    name: 'Unlimited fetcher',
    capabilities: ['AT'],
    restrictions: [{ exp: inDays(30) }],
  })
  await obtainAccessToken(unlimited.mytoken!)
  await createMytokenOverHttp(user, {
    name: 'Forever script',
    capabilities: ['AT'],
    restrictions: [{ usages_AT: 5 }],
  })
  const roaming = await createMytokenOverHttp(user, {
    name: 'Roaming job',
    capabilities: ['AT'],
    restrictions: [{ exp: inDays(30), usages_AT: 1000 }],
  })
  await obtainAccessTokenAs(roaming.mytoken!, 'cluster-a-job/1.0')
  await obtainAccessTokenAs(roaming.mytoken!, 'laptop-b-job/1.0')
  const otherBrowser = await signInOverHttp(user)
  // made in this browser, so its usage limit is known here; one of its two uses is spent
  const lastUses = await createInApp(
    page,
    user,
    '?preset=toar&name=Last%20uses&usages_AT=2&exp=%2B30d',
  )
  await obtainAccessToken(lastUses)
  await finishReveal(page)

  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: 'Review' })
    .click()
  await expect(page.getByRole('heading', { name: 'Review of my tokens', level: 1 })).toBeVisible()
  await expect(page.getByText(/^Checked \d+ tokens, their history included\.$/)).toBeVisible()

  // most urgent first: the token that manages the account
  await expect(page.locator('.review-card h2').first()).toHaveText('Account admin')
  const adminCard = card(page, 'Account admin')
  await expect(adminCard).toContainText('Can change your settings or manage your other tokens')
  await expect(adminCard).toContainText('(risk: powerful)')
  await expect(adminCard).toContainText('list all mytokens of this user')
  await expect(adminCard).toContainText('Never expires')
  await expect(card(page, 'Token factory')).toContainText('Can create new tokens')
  await expect(card(page, 'Token factory')).toContainText('It has sub-tokens.')
  await expect(card(page, 'Unlimited fetcher')).toContainText('Obtains access tokens without limit')
  await expect(card(page, 'Forever script')).toContainText('Never expires')
  await expect(card(page, 'Roaming job')).toContainText('Used from 2 places without rotation')
  await expect(card(page, 'Last uses')).toContainText('Almost used up: 1 use left')
  // made by a program (this test's Node.js), named from the token's creation in its history
  const childCard = card(page, 'Factory child')
  await expect(childCard).toContainText(/Made by the program “[^”]+” at 127\.0\.0\.1/)
  await expect(childCard).toContainText(
    'If you do not recognise this as a script or tool of yours, someone else may have made the token with your account: revoke it.',
  )
  // made in this browser: neither an unknown program nor unlimited
  await expect(card(page, 'Last uses')).not.toContainText('Made by the program')
  await expect(card(page, 'Last uses')).not.toContainText('without limit')
  const otherSessionCard = card(page, /^mytoken-web app session · /).filter({
    hasText: 'Session of this app in another browser',
  })
  await expect(otherSessionCard).toHaveCount(1)
  // every finding offers its fix
  for (const name of ['Account admin', 'Token factory', 'Unlimited fetcher', 'Forever script'])
    await expect(
      card(page, name).getByRole('link', { name: `Replace with a narrower one: ${name}` }),
    ).toBeVisible()
  await expect(
    card(page, 'Last uses').getByRole('link', { name: 'Create a successor: Last uses' }),
  ).toBeVisible()
  await expect(otherSessionCard.getByRole('button', { name: /^Revoke / })).toBeVisible()
  await expect(otherSessionCard.getByRole('link')).toHaveCount(1) // its name only: no replacement

  await expectNoViolations(page, 'review')
  await page.setViewportSize({ width: 390, height: 844 })
  const overflow = await page.evaluate(
    () => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth,
  )
  expect(overflow, 'review at 390 px').toBeLessThanOrEqual(0)
  await page.getByLabel('Language').selectOption('de')
  await expect(page.getByRole('heading', { name: 'Prüfung meiner Tokens', level: 1 })).toBeVisible()
  await expect(card(page, 'Forever script')).toContainText('Läuft nie ab')
  await expect(card(page, 'Account admin')).toContainText('(Risiko: weitreichend)')
  await expectNoViolations(page, 'review (German, 390 px)')
  await page.getByLabel('Sprache').selectOption('en')
  await page.setViewportSize({ width: 1280, height: 900 })

  // revoke: only after the confirmation, and the server agrees
  expect(await isTokenValid(otherBrowser.token)).toBe(true)
  await otherSessionCard.getByRole('button', { name: /^Revoke / }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  expect(await isTokenValid(otherBrowser.token)).toBe(true)
  await dialog.getByRole('button', { name: 'Revoke', exact: true }).click()
  await expect(dialog).toContainText('1 revoked, 0 failed.')
  expect(await isTokenValid(otherBrowser.token)).toBe(false)
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(otherSessionCard).toHaveCount(0)

  // replace with a narrower one: the old settings (pasted), with the risky parts tightened
  await card(page, 'Account admin')
    .getByRole('link', { name: 'Replace with a narrower one: Account admin' })
    .click()
  await expect(page).toHaveURL(/\/create\?successor=.*narrow=/)
  expect(page.url()).not.toContain(admin.mytoken!.slice(0, 40))
  await expect(page.getByText('Successor of “Account admin”')).toBeVisible()
  await expect(page.getByText(/What the review found risky is tightened/)).toBeVisible()
  await page.getByLabel('The old token (optional)').fill(admin.mytoken!)
  await page.getByRole('button', { name: 'Copy its settings' }).click()
  const request = page.getByLabel('JSON request')
  await expect(request).toContainText('"usages_AT": 10')
  await expect(request).not.toContainText('"settings"')
  await expect(request).not.toContainText('"manage_mytokens"')
  const before = inDays(30)
  await createAndApprove(page, user)
  await page.getByRole('button', { name: 'Show' }).click()
  const replacement = (await page.getByLabel('Your mytoken').textContent()) ?? ''
  const info = await introspect(replacement)
  expect(info.valid).toBe(true)
  expect(info.token.name).toBe('Account admin')
  expect([...(info.token.capabilities ?? [])].sort()).toEqual(['AT', 'tokeninfo'])
  expect(info.token.restrictions).toHaveLength(1)
  const clause = info.token.restrictions![0]!
  expect(clause.usages_AT).toBe(10)
  expect(clause.exp).toBeGreaterThanOrEqual(before - 60)
  expect(clause.exp).toBeLessThanOrEqual(inDays(30) + 60)

  // the old token stays valid until the user agrees to revoke it
  const offer = page.getByRole('region', { name: 'Revoke the old token “Account admin”?' })
  await expect(offer).toBeVisible()
  expect(await isTokenValid(admin.mytoken!)).toBe(true)
  await offer.getByRole('button', { name: 'Revoke the old token…' }).click()
  await expect(page.getByRole('dialog')).toBeVisible()
  expect(await isTokenValid(admin.mytoken!)).toBe(true)
  await page.getByRole('dialog').getByRole('button', { name: 'Revoke', exact: true }).click()
  await expect(page.getByRole('dialog')).toContainText('1 revoked, 0 failed.')
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click()
  await expect(page.getByText('The old token is revoked.')).toBeVisible()
  expect(await isTokenValid(admin.mytoken!)).toBe(false)
  expect(await isTokenValid(replacement)).toBe(true)
})

test("a token last used 100 days ago (aged in the server's database) is named as unused with its fix, and so is one in the last days of its lifetime", async ({
  signedIn: { page, sessionToken },
  user,
}) => {
  const dormant = await createMytokenOverHttp(user, {
    name: 'Dormant job',
    capabilities: ['AT'],
    restrictions: [{ exp: inDays(300), usages_AT: 50 }],
  })
  await obtainAccessToken(dormant.mytoken!)
  // a fresh token is never in the last third of its lifetime: this one was made 20 days ago
  const ending = await createMytokenOverHttp(user, {
    name: 'Ending soon',
    capabilities: ['AT'],
    restrictions: [{ exp: inDays(5), usages_AT: 50 }],
  })
  await backdateToken(dormant.mom_id!, 100)
  await backdateToken(ending.mom_id!, 20)

  // the server's own answers first: its list and history now tell the old times
  const created = await listedCreationTimes(sessionToken)
  expect(created.get(dormant.mom_id!)).toBeLessThanOrEqual(inDays(-100))
  expect(created.get(ending.mom_id!)).toBeLessThanOrEqual(inDays(-20))
  expect(created.get(ending.mom_id!)).toBeGreaterThan(inDays(-21))
  const history = await eventHistory(sessionToken, [dormant.mom_id!])
  expect(history.map((e) => e.event)).toEqual(expect.arrayContaining(['AT_created', 'created']))
  for (const e of history) expect(e.time).toBeLessThanOrEqual(inDays(-100))

  await page.goto('/tokens/review')
  await expect(page.getByText(/^Checked \d+ tokens, their history included\.$/)).toBeVisible()
  const dormantCard = card(page, 'Dormant job')
  await expect(dormantCard).toContainText('Not used for 100 days')
  await expect(dormantCard).toContainText('revoke it, or replace it with one that expires')
  await expect(
    dormantCard.getByRole('button', { name: 'Revoke Dormant job', exact: true }),
  ).toBeVisible()
  const replace = dormantCard.getByRole('link', {
    name: 'Replace with a narrower one: Dormant job',
  })
  await expect(replace).toHaveAttribute('href', /narrow=[^&]*expiry/)
  const endingCard = card(page, 'Ending soon')
  await expect(endingCard).toContainText(/Expires in [45] days/)
  await expect(endingCard).toContainText('create a successor in time')
  await expect(endingCard).not.toContainText('Not used for')
  await expect(
    endingCard.getByRole('link', { name: 'Create a successor: Ending soon' }),
  ).toBeVisible()

  await page.getByLabel('Language').selectOption('de')
  await expect(card(page, 'Dormant job')).toContainText('Seit 100 Tagen nicht benutzt')
  await expect(card(page, 'Ending soon')).toContainText(/Läuft in [45] Tagen ab/)
})

/** The mom_ids of every event_history request the page sends, as they are sent. */
function recordHistoryRequests(page: Page): string[][] {
  const asked: string[][] = []
  page.on('request', (request) => {
    if (request.method() !== 'POST' || !request.url().endsWith('/tokeninfo')) return
    const body = request.postDataJSON() as { action?: string; mom_ids?: string[] }
    if (body.action === 'event_history') asked.push(body.mom_ids ?? [])
  })
  return asked
}

test('the review and the list read each history once: opening one after the other asks the server for none again', async ({
  signedInPage: page,
  user,
}) => {
  const names = ['Shared one', 'Shared two', 'Shared three']
  const momIds: string[] = []
  for (const name of names) {
    const created = await createMytokenOverHttp(user, {
      name,
      capabilities: ['AT'],
      restrictions: [{ exp: inDays(30), usages_AT: 50 }],
    })
    momIds.push(created.mom_id!)
  }
  const views = page.getByRole('navigation', { name: 'Views' })
  const table = page.getByRole('table')
  const asked = recordHistoryRequests(page)

  await page.goto('/tokens')
  for (const name of names)
    await expect(table.getByRole('row').filter({ hasText: name })).toContainText('none yet')
  expect(asked.flat()).toEqual(expect.arrayContaining(momIds))
  asked.length = 0
  await views.getByRole('link', { name: 'Review' }).click()
  await expect(page.getByText('Checked 3 tokens, their history included.')).toBeVisible()
  // judged by their histories: the program that made them is named only there
  await expect(card(page, 'Shared two')).toContainText('Made by the program')
  expect(asked, 'history requests of the review after the list').toEqual([])

  // the other way round: the list's usage counts start from what the review read, never
  // "counting…" (it then counts the rows in view anew, as on every return to the list)
  await page.reload()
  await expect(page.getByText('Checked 3 tokens, their history included.')).toBeVisible()
  expect(asked.flat()).toEqual(expect.arrayContaining(momIds))
  await page.evaluate(() => {
    const seen = window as unknown as { countingSeen?: boolean }
    seen.countingSeen = false
    new MutationObserver(() => {
      if (document.querySelector('table [aria-busy="true"]')) seen.countingSeen = true
    }).observe(document.body, { subtree: true, childList: true, attributes: true })
  })
  await views.getByRole('link', { name: 'List' }).click()
  for (const name of names)
    await expect(table.getByRole('row').filter({ hasText: name })).toContainText('none yet')
  const countingSeen = await page.evaluate(
    () => (window as unknown as { countingSeen?: boolean }).countingSeen,
  )
  expect(countingSeen, 'a usage cell waited for its count').toBe(false)
})
