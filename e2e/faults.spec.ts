// Faults against the real local stack: a server that answers 500, a rate limiter's 429 without
// CORS headers (the browser sees a network error), an unreachable provider, a session revoked
// from outside, and session token rotation. Single answers are injected at the browser with
// Playwright routing; everything else goes to the real server. Network failures during polling,
// sign-out and the token-info check are covered in the feature specs (`context.setOffline`).
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Page, Request, Route } from '@playwright/test'
import { SESSION_STORAGE_KEY } from '../src/lib/mytoken/browser-state/stored-session'
import { stackConfig } from '../stack/config'
import {
  appSessionStorageKeys,
  approveInConsentTab,
  clickOpeningTab,
  createAndApprove,
  createMytokenOverHttp,
  expect,
  sessionTokenOf,
  signInAgainInPlace,
  signInThroughUi,
  test,
  type TestUser,
} from './fixtures'
import { watchMytokenTraffic } from './mytoken-traffic'
import { canObtainAccessToken, isTokenValid, listedTokenNames, revokeToken } from './stack-api'

const DAY = 86400
/** What the app's session token may do (as in src/features/session/api.ts). */
const SESSION_CAPABILITIES = [
  'tokeninfo:introspect',
  'manage_mytokens:list',
  'manage_mytokens:history',
  'manage_mytokens:revoke',
  'manage_mytokens:notify',
]
const mytoken = stackConfig.mytoken.issuer
const endpoints = {
  tokeninfo: `${mytoken}/api/v0/tokeninfo`,
  revoke: `${mytoken}/api/v0/token/revoke`,
  mytoken: `${mytoken}/api/v0/token/my`,
}

function isPost(request: Request, url: string, bodyIncludes?: string): boolean {
  if (request.method() !== 'POST' || request.url() !== url) return false
  return bodyIncludes === undefined || (request.postData() ?? '').includes(bodyIncludes)
}

/** An answer like the server's own 500, with CORS headers so the app can read it. */
function serverError(route: Route) {
  return route.fulfill({
    status: 500,
    headers: {
      'access-control-allow-origin': stackConfig.app.previewOrigin,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ error: 'internal_server_error', error_description: 'injected' }),
  })
}

/**
 * A rate limiter answering 429 as the real one does: without CORS headers, so Chromium's CORS
 * check turns it into a network error. (Playwright's `route.fulfill` adds CORS headers by itself,
 * so the request is sent on to this real local HTTP server instead.)
 */
async function startRateLimiter(): Promise<{
  url: string
  hits: () => number
  close: () => Promise<void>
}> {
  let hits = 0
  const server = createServer((request, response) => {
    hits++
    request.resume()
    response.writeHead(429, { 'content-type': 'text/plain', 'retry-after': '60' })
    response.end('Too Many Requests')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/api/v0/token/my`,
    hits: () => hits,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

/**
 * A route handler that gives matching requests (at most `times` of them) the faulty `answer` and
 * lets every other request through to the real server.
 */
function faultFor(
  match: (request: Request) => boolean,
  answer: (route: Route) => Promise<void>,
  times = Number.POSITIVE_INFINITY,
) {
  let count = 0
  let seen = 0
  const handler = async (route: Route) => {
    if (!match(route.request())) return route.fallback()
    seen++
    if (count >= times) return route.fallback()
    count++
    return answer(route)
  }
  /** count: faulty answers given; seen: matching requests, answered or let through */
  return Object.assign(handler, { count: () => count, seen: () => seen })
}

function row(page: Page, name: string | RegExp) {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) })
}

async function createToken(user: TestUser, name: string): Promise<string> {
  const created = await createMytokenOverHttp(user, {
    name,
    capabilities: ['AT'],
    restrictions: [{ exp: Math.floor(Date.now() / 1000) + 7 * DAY, usages_AT: 20 }],
  })
  if (!created.mytoken) throw new Error(`no token for ${name}`)
  return created.mytoken
}

test('the token list answering 500 shows the server problem with a retry that loads the real list', async ({
  signedInPage: page,
  user,
}) => {
  await createToken(user, 'Fault list token')

  // Every list request fails until the fault is lifted (the app retries a read twice by itself).
  const failList = faultFor(
    (request) => isPost(request, endpoints.tokeninfo, '"action":"list_mytokens"'),
    serverError,
  )
  await page.route(endpoints.tokeninfo, failList)
  await page.goto('/tokens')
  const alert = page.getByRole('alert').filter({ hasText: 'The mytoken server had a problem' })
  await expect(alert).toContainText('HTTP 500')
  expect(failList.count()).toBeGreaterThanOrEqual(1)

  await page.unroute(endpoints.tokeninfo, failList)
  await alert.getByRole('button', { name: 'Try again' }).click()
  await expect(row(page, 'Fault list token')).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
})

test('a bulk revoke where one revocation answers 500 reports that token, sends each revocation once, and trying again revokes it at the server', async ({
  signedInPage: page,
  user,
}) => {
  const one = await createToken(user, 'Fault job one')
  const two = await createToken(user, 'Fault job two')
  await page.goto('/tokens')
  await expect(row(page, 'Fault job two')).toBeVisible()

  // Only the first revocation fails; the others go to the real server. Every revocation passes
  // this handler, which stays in place for the whole test: counting the page's `request` events
  // instead missed one now and then under load, while routing was being switched off after a
  // one-time route (the app's result dialog had reported both answers).
  const revocations = faultFor((request) => isPost(request, endpoints.revoke), serverError, 1)
  await page.route(endpoints.revoke, revocations)

  for (const name of ['Fault job one', 'Fault job two']) {
    await page.getByRole('checkbox', { name: `Select ${name}` }).check()
  }
  await page.getByRole('button', { name: 'Revoke selected…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Revoke 2 tokens?' })
  await dialog.getByRole('button', { name: 'Revoke 2 tokens' }).click()
  const results = dialog.getByRole('status')
  await expect(results).toContainText('1 revoked, 1 failed.')
  await expect(results).toContainText(
    /Not revoked: Fault job \w+ — The mytoken server had a problem/,
  )
  await expect(results).toContainText('Nothing was retried.')
  // exactly one request per token: the failed one was not sent again
  expect(revocations.seen()).toBe(2)
  await dialog.getByRole('button', { name: 'Close' }).click()

  // Which one failed depends on the list's order; exactly one is still valid at the server.
  const stillValid = [
    (await canObtainAccessToken(one)) ? 'Fault job one' : undefined,
    (await canObtainAccessToken(two)) ? 'Fault job two' : undefined,
  ].filter((name) => name !== undefined)
  expect(stillValid).toHaveLength(1)
  const failedName = stillValid[0]!
  await expect(row(page, failedName)).toBeVisible()

  // The user tries again for the one that failed, and now it is revoked.
  await row(page, failedName)
    .getByRole('button', { name: `Revoke ${failedName}` })
    .click()
  const retry = page.getByRole('dialog', { name: `Revoke “${failedName}”?` })
  await retry.getByRole('button', { name: 'Revoke', exact: true }).click()
  await expect(retry.getByRole('status')).toContainText('1 revoked, 0 failed.')
  expect(revocations.seen()).toBe(3)
  expect(await canObtainAccessToken(one)).toBe(false)
  expect(await canObtainAccessToken(two)).toBe(false)
})

test('a 429 without CORS headers when creating a token says so, keeps the form, and a second click creates it', async ({
  signedInPage: page,
  user,
}) => {
  await page.goto('/create')
  await page.getByRole('textbox', { name: 'Name' }).fill('Rate limited once')
  await page.getByRole('textbox', { name: 'Expires' }).fill('+3d')

  const starts: Request[] = []
  page.on('request', (request) => {
    if (isPost(request, endpoints.mytoken, '"grant_type":"oidc_flow"')) starts.push(request)
  })
  const limiter = await startRateLimiter()
  await page.route(
    endpoints.mytoken,
    faultFor(
      (request) => isPost(request, endpoints.mytoken, '"grant_type":"oidc_flow"'),
      (route) => route.continue({ url: limiter.url }),
      1,
    ),
  )
  await page.getByRole('button', { name: 'Create token' }).click()
  await expect(
    page.getByRole('alert').filter({ hasText: 'refused too many requests' }),
  ).toBeVisible()
  // nothing was sent again by itself, and everything entered is still there
  expect(starts).toHaveLength(1)
  expect(limiter.hits()).toBe(1)
  await limiter.close()
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('Rate limited once')
  await expect(page.getByRole('textbox', { name: 'Expires' })).toHaveValue('+3d')

  // The user clicks again; this time the real server answers.
  await createAndApprove(page, user)
  expect(starts).toHaveLength(2)
  expect(await listedTokenNames(await sessionTokenOf(page))).toContain('Rate limited once')
})

test('a session revoked from outside while the user searches the list ends with a notice; signing in again in place keeps the search', async ({
  signedInPage: page,
  user,
}) => {
  await createToken(user, 'Kept search target')
  await createToken(user, 'Other token')
  await page.goto('/tokens')
  await expect(row(page, 'Other token')).toBeVisible()
  await page.getByLabel('Search by name').fill('kept')
  await expect(row(page, 'Other token')).toHaveCount(0)
  // the row's own request (its uses) is answered before the revocation, so that the Refresh below
  // is what meets the ended session
  await expect(row(page, 'Kept search target')).not.toContainText('counting…')

  const first = await sessionTokenOf(page)
  await revokeToken(first)
  await page.getByRole('button', { name: 'Refresh list' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'Your session has ended' })).toBeVisible()
  expect(await appSessionStorageKeys(page)).toEqual([])

  await signInAgainInPlace(page, user)
  await expect(page).toHaveURL(/\/tokens/)
  await expect(page.getByLabel('Search by name')).toHaveValue('kept')
  await expect(row(page, 'Kept search target')).toBeVisible()
  await expect(row(page, 'Other token')).toHaveCount(0)
  expect(await sessionTokenOf(page)).not.toBe(first)
})

test('with the provider unreachable during sign-in the app keeps waiting with ways out, and once it is back the user signs in', async ({
  page,
  context,
  user,
}) => {
  const provider = stackConfig.provider.issuer
  const unreachable = (route: Route) => route.abort('connectionrefused')
  await context.route(`${provider}/**`, unreachable)

  await page.goto('/sign-in')
  const consentTab = await clickOpeningTab(page, page.getByRole('button', { name: /^Sign in/ }))
  await consentTab.waitForURL(/\/c\//)
  const providerFailed = context.waitForEvent('requestfailed', (request) =>
    request.url().startsWith(provider),
  )
  await consentTab.getByRole('button', { name: 'Continue' }).click()
  expect((await providerFailed).failure()?.errorText).toContain('CONNECTION_REFUSED')

  // The app keeps waiting and offers both ways out.
  const waiting = page.getByRole('status').filter({ hasText: 'Waiting for you in the other tab' })
  await expect(waiting).toBeVisible()
  await expect(waiting.getByRole('link', { name: 'Open the consent page' })).toBeVisible()
  await expect(waiting.getByRole('button', { name: 'Cancel' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0)

  // The provider is back: the user opens the consent page again from the app and signs in.
  await context.unroute(`${provider}/**`, unreachable)
  await consentTab.close()
  const again = await clickOpeningTab(
    page,
    waiting.getByRole('link', { name: 'Open the consent page' }),
  )
  await approveInConsentTab(again, user)
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()
  expect(await isTokenValid(await sessionTokenOf(page))).toBe(true)
})

test('with the provider unreachable from the app, the header and account page still work and offer to load the name later', async ({
  page,
  user,
}) => {
  // Only this page is cut off from the provider; the consent tab still reaches it.
  const provider = stackConfig.provider.issuer
  const unreachable = (route: Route) => route.abort('connectionrefused')
  await page.route(`${provider}/**`, unreachable)
  await signInThroughUi(page, user)

  await expect(page.getByRole('link', { name: 'Signed in', exact: true })).toBeVisible()
  await page.getByRole('link', { name: 'Signed in', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Account', level: 1 })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Show my name and e-mail' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()
})

test('a session token that rotates on every request (token_update) keeps the app working, and each old token stops working at the server', async ({
  signedInPage: page,
  user,
}) => {
  await createToken(user, 'Rotation watcher')

  // The consent page's own rotation switch cannot be used: v0.10.1 answers its approval with
  // 500 (nil pointer in UpdateTokenInfoByState when the request carried no rotation). So the
  // rotating session token is obtained the way any client does, with the session's
  // capabilities and `rotation.on_other`, and put in place of the app's session in this tab.
  await page.goto('/')
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()
  const traffic = watchMytokenTraffic(page)
  const appSession = await page.evaluate((key) => sessionStorage.getItem(key), SESSION_STORAGE_KEY)
  const rotating = await createMytokenOverHttp(user, {
    name: 'mytoken-web session (rotating)',
    capabilities: [...SESSION_CAPABILITIES],
    restrictions: [{ exp: Math.floor(Date.now() / 1000) + 3600 }],
    rotation: { on_other: true, on_AT: false },
  })
  expect(rotating.mytoken).toBeDefined()
  expect(rotating.mom_id).toBeDefined()
  // The sign-in's own session is revoked only once the tab runs on the rotating one: revoked
  // while this page still held it, the app could notice and end it after the swap below,
  // taking the rotating session out of storage with it.
  const signedInSession = await sessionTokenOf(page)
  await page.evaluate(
    ([key, stored, token, momId]) =>
      sessionStorage.setItem(
        key,
        JSON.stringify({ ...(JSON.parse(stored) as object), token, momId }),
      ),
    [SESSION_STORAGE_KEY, appSession!, rotating.mytoken!, rotating.mom_id!] as const,
  )
  await page.goto('/')
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()
  await revokeToken(signedInSession)

  const first = await sessionTokenOf(page)
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'My tokens' })
    .click()
  await expect(row(page, 'Rotation watcher')).toBeVisible()
  await expect.poll(() => sessionTokenOf(page)).not.toBe(first)
  const second = await sessionTokenOf(page)

  // Details with history, back to the list, a refresh: every request rotates the token again.
  await page.getByRole('link', { name: 'Rotation watcher' }).click()
  const history = page
    .getByRole('table')
    .filter({ has: page.getByRole('columnheader', { name: 'Event' }) })
  await expect(history.getByRole('rowheader', { name: 'Created', exact: true })).toBeVisible()
  // A fresh load of the details page fetches its data from scratch with the rotating token.
  // Reloading before the last answer has reached the app would lose the token the server rotated
  // to, so the reload waits until the app holds it, as a user's reload after the page settled.
  await traffic.settled()
  await page.reload()
  await expect(history.getByRole('rowheader', { name: 'Created', exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()
  await page.getByRole('link', { name: 'Back to my tokens' }).first().click()
  await page.getByRole('button', { name: 'Refresh list' }).click()
  await expect(row(page, 'Rotation watcher')).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()
  await traffic.settled()
  const latest = await sessionTokenOf(page)
  expect(latest).not.toBe(second)

  // The replaced tokens no longer work at the server (checking the current one would rotate it).
  expect(await isTokenValid(first)).toBe(false)
  expect(await isTokenValid(second)).toBe(false)

  // Signing out revokes the current version.
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible()
  expect(await isTokenValid(latest)).toBe(false)
})

test('the network failing during a revoke on the details page says so, sends nothing again by itself, and revoking again works', async ({
  signedInPage: page,
  user,
}) => {
  const token = await createToken(user, 'Offline revoke')
  await page.goto('/tokens')
  await page.getByRole('link', { name: 'Offline revoke' }).click()
  await expect(page.getByRole('heading', { name: 'Token details', level: 1 })).toBeVisible()

  const revocations: Request[] = []
  page.on('request', (request) => {
    if (isPost(request, endpoints.revoke)) revocations.push(request)
  })
  await page.route(endpoints.revoke, (route) => route.abort('internetdisconnected'), { times: 1 })

  await page.getByRole('button', { name: 'Revoke…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Revoke “Offline revoke”?' })
  await dialog.getByRole('button', { name: 'Revoke', exact: true }).click()
  await expect(dialog.getByRole('status')).toContainText('0 revoked, 1 failed.')
  await expect(dialog.getByRole('status')).toContainText(
    `Not revoked: Offline revoke — The mytoken server at ${mytoken} could not be reached`,
  )
  expect(revocations).toHaveLength(1)
  await dialog.getByRole('button', { name: 'Close' }).click()
  expect(await canObtainAccessToken(token)).toBe(true)
  await expect(page.getByText('This token has been revoked.')).toHaveCount(0)

  // The connection is back; the user revokes again.
  await page.getByRole('button', { name: 'Revoke…' }).click()
  await dialog.getByRole('button', { name: 'Revoke', exact: true }).click()
  await expect(dialog.getByRole('status')).toContainText('1 revoked, 0 failed.')
  expect(revocations).toHaveLength(2)
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(page.getByText('This token has been revoked.')).toBeVisible()
  expect(await canObtainAccessToken(token)).toBe(false)
})

test('a readable 429 or a 500 when starting to create a token is not blamed on the settings, and a second click creates it', async ({
  signedInPage: page,
  user,
}) => {
  await page.goto('/create')
  await page.getByRole('textbox', { name: 'Name' }).fill('After two faults')

  const starts: Request[] = []
  page.on('request', (request) => {
    if (isPost(request, endpoints.mytoken, '"grant_type":"oidc_flow"')) starts.push(request)
  })
  const isStart = (request: Request) =>
    isPost(request, endpoints.mytoken, '"grant_type":"oidc_flow"')
  // A proxy's 429 that carries CORS headers (Playwright adds them), then a server error.
  const tooMany = faultFor(isStart, (route) => route.fulfill({ status: 429, body: '' }), 1)
  await page.route(endpoints.mytoken, tooMany)
  await page.getByRole('button', { name: 'Create token' }).click()
  await expect(
    page.getByRole('alert').filter({ hasText: 'refused too many requests from this network' }),
  ).toBeVisible()
  await expect(page.getByText('The server did not accept these settings')).toHaveCount(0)
  await page.unroute(endpoints.mytoken, tooMany)

  const broken = faultFor(isStart, serverError, 1)
  await page.route(endpoints.mytoken, broken)
  await page
    .getByRole('button', { name: /Create token|Start again/ })
    .first()
    .click()
  await expect(
    page.getByRole('alert').filter({ hasText: 'The mytoken server had a problem (HTTP 500)' }),
  ).toBeVisible()
  await expect(page.getByText('The server did not accept these settings')).toHaveCount(0)
  expect(starts).toHaveLength(2)
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('After two faults')
  await page.unroute(endpoints.mytoken, broken)

  await createAndApprove(page, user)
  expect(starts).toHaveLength(3)
})
