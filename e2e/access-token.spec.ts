// Access token on demand: the user approves a short-lived mytoken (capability AT, one use), the
// app exchanges it for one access token and revokes it at once. Checked at the real provider
// (the token's signature, subject and audience; userinfo with a token for no audience) and at the
// real mytoken server (the mytoken is no longer valid).
import type { Page, Response } from '@playwright/test'
import { createRemoteJWKSet, jwtVerify } from 'jose'
import { stackConfig } from '../stack/config'
import { subjectFor } from '../stack/provider/accounts'
import { approveInConsentTab, expect, gotoHydrated, test } from './fixtures'
import { runWatched, startHeldEndpoint } from './shell-watch'
import { isTokenValid } from './stack-api'

const AUDIENCE = 'https://service.example/api'

interface Captured {
  /** the short-lived mytoken from the consent flow's poll (never shown by the app) */
  mytoken?: string
  /** the access-token endpoint's answer */
  accessTokenAnswer?: { access_token: string; scope?: string; audience?: string[] | null }
  accessTokenRequest?: Record<string, unknown>
  accessTokenStatus?: number
}

/** Listens to the app's traffic: the poll that delivers the mytoken and the access-token answer. */
function captureTraffic(page: Page): Captured {
  const captured: Captured = {}
  page.on('response', (response: Response) => {
    void (async () => {
      const url = response.url()
      const body = response.request().postData() ?? ''
      if (url.endsWith('/api/v0/token/my') && body.includes('"polling_code"')) {
        const json = (await response.json().catch(() => ({}))) as { mytoken?: string }
        if (json.mytoken) captured.mytoken = json.mytoken
      }
      if (url.endsWith('/api/v0/token/access')) {
        captured.accessTokenRequest = JSON.parse(body) as Record<string, unknown>
        captured.accessTokenStatus = response.status()
        if (response.ok())
          captured.accessTokenAnswer = (await response.json()) as Captured['accessTokenAnswer']
      }
    })()
  })
  return captured
}

async function providerMetadata() {
  const response = await fetch(`${stackConfig.provider.issuer}/.well-known/openid-configuration`)
  return (await response.json()) as { userinfo_endpoint: string; jwks_uri: string }
}

/** The provider's own word on an access token for an audience: a JWT it signed. */
async function verifiedAtProvider(accessToken: string, audience: string) {
  const { jwks_uri } = await providerMetadata()
  const { payload } = await jwtVerify(accessToken, createRemoteJWKSet(new URL(jwks_uri)), {
    issuer: stackConfig.provider.issuer,
    audience,
  })
  return payload
}

async function userinfo(accessToken: string) {
  const { userinfo_endpoint } = await providerMetadata()
  return fetch(userinfo_endpoint, { headers: { Authorization: `Bearer ${accessToken}` } })
}

async function startApproval(page: Page) {
  const tab = page.context().waitForEvent('page')
  await page.getByRole('button', { name: 'Approve and get access token' }).click()
  return tab
}

test('an access token on demand carries the audience asked for, and the mytoken behind it is revoked at once', async ({
  page,
  user,
}) => {
  const captured = captureTraffic(page)
  await gotoHydrated(page, '/access-token')
  await expect(page.getByText(/Nothing is stored/)).toBeVisible()
  // defaults: the stand-in's openid, profile and email; offline_access is not offered
  for (const scope of ['openid', 'profile', 'email'])
    await expect(page.getByRole('checkbox', { name: scope, exact: true })).toBeChecked()
  await expect(page.getByRole('checkbox', { name: 'eduperson_unique_id' })).not.toBeChecked()
  await expect(page.getByRole('checkbox', { name: 'offline_access' })).toHaveCount(0)
  await page.getByRole('checkbox', { name: 'email', exact: true }).uncheck()
  await page.getByLabel('Audience (optional)').fill(AUDIENCE)

  const tab = await startApproval(page)
  await approveInConsentTab(await tab, user)
  const allowedAt = Date.now()
  const heading = page.getByRole('heading', { name: 'Your access token' })
  await expect(heading).toBeVisible()
  test.info().annotations.push({
    type: 'Allow → access token shown',
    description: `${Date.now() - allowedAt} ms`,
  })
  await expect(heading).toBeFocused()

  // the request the app built: exactly the chosen scopes and audience
  expect(captured.accessTokenRequest).toMatchObject({
    grant_type: 'mytoken',
    scope: 'openid profile',
    audience: AUDIENCE,
  })
  const answer = captured.accessTokenAnswer!
  await page.getByRole('button', { name: 'Show' }).click()
  await expect(page.getByTestId('revealed-token')).toHaveText(answer.access_token)
  const shown = answer.access_token

  // the provider signed it for this user and exactly the audience asked for, with those scopes
  const claims = await verifiedAtProvider(shown, AUDIENCE)
  expect(claims.sub).toBe(subjectFor(user.username))
  expect(claims.aud).toBe(AUDIENCE)
  const grantedScopes = (answer.scope ?? '').split(' ').filter(Boolean)
  expect(grantedScopes).toEqual(expect.arrayContaining(['openid', 'profile']))
  expect(grantedScopes).not.toContain('email')
  expect(String(claims.scope).split(' ').sort()).toEqual([...grantedScopes].sort())
  // a token for another audience is no key to the provider's userinfo
  expect((await userinfo(shown)).status).toBe(401)

  // what is shown is what the provider granted
  const facts = page.locator('.access-token-result dl')
  await expect(facts.locator('dd').first().locator('li')).toHaveText(grantedScopes)
  expect(answer.audience).toEqual([AUDIENCE])
  await expect(facts.locator('dd').nth(1).locator('li')).toHaveText([AUDIENCE])
  await expect(page.getByText(/Asked for but not named in the token/)).toHaveCount(0)
  await expect(page.getByRole('timer')).toHaveText(/^Expires in \d+:\d\d/)

  // the short-lived mytoken: delivered to the app, never shown, and revoked at the server
  expect(captured.mytoken).toBeTruthy()
  expect(await page.locator('body').innerText()).not.toContain(captured.mytoken!)
  await expect.poll(() => isTokenValid(captured.mytoken!)).toBe(false)

  // nothing was stored in the browser
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }))
  expect(stored).not.toContain(shown)

  await page.getByRole('button', { name: 'Forget this access token' }).click()
  await expect(heading).toHaveCount(0)
  await expect(page.getByLabel('Audience (optional)')).toHaveValue(AUDIENCE)
})

test('the curl lines, run in bash, send the token without it ever being in a command line', async ({
  page,
  user,
}) => {
  const endpoint = await startHeldEndpoint()
  try {
    await gotoHydrated(page, '/access-token')
    await page.getByLabel('Audience (optional)').fill(endpoint.url)
    await approveInConsentTab(await startApproval(page), user)
    await expect(page.getByRole('heading', { name: 'Your access token' })).toBeVisible()
    await page.getByRole('button', { name: 'Show' }).click()
    const token = (await page.getByTestId('revealed-token').textContent()) ?? ''
    expect(token).not.toBe('')
    const lines = (await page.getByLabel('Use it with curl').textContent()) ?? ''
    expect(lines).toContain(endpoint.url)

    // the user pastes the token at the first line's prompt
    const result = await runWatched(lines, `${token}\n`)
    // while curl waited for the answer, ps showed its command line — without the token
    expect(endpoint.snapshotsDuringRequests).toHaveLength(1)
    const duringRequest = endpoint.snapshotsDuringRequests[0]!.split('\n')
    const curlLine = duringRequest.find(
      (line) => /^curl .*/.test(line) && line.includes(endpoint.url),
    )
    expect(curlLine).toBeDefined()
    expect(curlLine).not.toContain(token)
    for (const snapshot of result.snapshots) expect(snapshot).not.toContain(token)
    // and the token arrived
    expect(endpoint.authorizations).toEqual([`Bearer ${token}`])
    expect(result.exitCode, result.stderr).toBe(0)
    expect(result.stdout).toBe('resource served\n')
  } finally {
    await endpoint.close()
  }
})

test('consent denied gets its own message and keeps what was typed', async ({ page }) => {
  await gotoHydrated(page, '/access-token')
  await page.getByLabel('Audience (optional)').fill(AUDIENCE)
  const tab = await startApproval(page)
  await (await tab).getByRole('button', { name: 'Cancel' }).click()
  await expect(
    page.getByText('You cancelled on the consent page, so nothing was created.'),
  ).toBeVisible()
  await expect(page.getByLabel('Audience (optional)')).toHaveValue(AUDIENCE)
  await expect(page.getByRole('checkbox', { name: 'profile' })).toBeChecked()
})

test('a refusal by the server gets its own message, and the approved mytoken is revoked anyway', async ({
  page,
  user,
}) => {
  const captured = captureTraffic(page)
  await gotoHydrated(page, '/access-token')
  await page.getByLabel('Audience (optional)').fill(AUDIENCE)
  const tab = await await startApproval(page)
  // the user takes the AT capability away on the server's consent page: the server then
  // refuses the access-token request (403 insufficient_capabilities)
  await tab.waitForURL(/\/c\//)
  await tab.locator('#cap-expand').click()
  await tab.locator('#cp-AT').uncheck()
  await tab.locator('[id="cp-tokeninfo:introspect"]').check()
  await approveInConsentTab(tab, user, { alreadyOnConsentPage: true })
  await expect(page.getByText(/may not obtain access tokens — was “AT” unchecked/)).toBeVisible()
  expect(captured.accessTokenStatus).toBe(403)
  await expect(page.getByLabel('Audience (optional)')).toHaveValue(AUDIENCE)
  expect(captured.mytoken).toBeTruthy()
  await expect.poll(() => isTokenValid(captured.mytoken!)).toBe(false)
  await page.getByRole('button', { name: 'Try again' }).click()
  await expect(page.getByRole('button', { name: 'Approve and get access token' })).toBeEnabled()
})

test('bad input is named field by field and nothing is sent', async ({ page }) => {
  let sent = 0
  page.on('request', (request) => {
    if (request.url().startsWith(stackConfig.mytoken.issuer) && request.method() === 'POST') sent++
  })
  await page.goto(
    `/access-token?scope=openid%20bogus&audience=${encodeURIComponent('"x" https://a.example/#frag')}`,
  )
  await page.getByRole('button', { name: 'Approve and get access token' }).click()
  await expect(
    page.getByText('This provider does not offer: bogus.', { exact: false }),
  ).toBeVisible()
  await expect(page.getByText(/no quotes, brackets or spaces inside\): "x"/)).toBeVisible()
  await expect(page.getByText(/without a # part\): https:\/\/a.example\/#frag/)).toBeVisible()
  // focus lands on the first marked field; fixing the scope keeps the audience as typed
  await expect(page.getByRole('checkbox', { name: 'bogus' })).toBeFocused()
  await page.keyboard.press('Space')
  await expect(page.getByText('This provider does not offer', { exact: false })).toHaveCount(0)
  await expect(page.getByLabel('Audience (optional)')).toHaveValue('"x" https://a.example/#frag')
  expect(sent).toBe(0)
})
