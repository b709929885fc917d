import { stackConfig } from '../stack/config'
import { analyzeAccessibility } from './axe'
import { createMytokenOverHttp, expect, gotoHydrated, test } from './fixtures'
import {
  canObtainAccessToken,
  createTransferCode,
  exchangeTransferCode,
  getAccessToken,
  isTokenValid,
  revokeToken,
} from './stack-api'

const serverOrigin = new URL(stackConfig.mytoken.issuer).origin
const inAnHour = () => Math.floor(Date.now() / 1000) + 3600

test('a leaked token is pasted, decoded, checked and revoked without signing in; the server then refuses it', async ({
  page,
  user,
}) => {
  const created = await createMytokenOverHttp(user, {
    name: 'notebook token',
    capabilities: ['AT', 'tokeninfo'],
    restrictions: [{ exp: inAnHour(), usages_AT: 5 }],
  })
  const token = created.mytoken!
  // the token works before: one access token is taken from its budget
  expect(await canObtainAccessToken(token)).toBe(true)

  const serverRequests: string[] = []
  page.on('request', (request) => {
    if (new URL(request.url()).origin === serverOrigin) serverRequests.push(request.url())
  })
  await gotoHydrated(page, '/token-info')
  await expect(page.getByRole('heading', { name: 'Token info', level: 1 })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible()

  await page.getByLabel('Paste a mytoken').fill(token)
  await page.getByRole('button', { name: 'Inspect' }).click()

  // decoded locally, in words
  await expect(page.getByRole('heading', { name: 'What this token is' })).toBeVisible()
  await expect(page.getByText('notebook token', { exact: true })).toBeVisible()
  await expect(page.getByText('Helmholtz AAI (local stand-in)')).toBeVisible()
  const decoded = page.getByRole('region', { name: 'What this token is' })
  await expect(decoded.getByText('AT: obtain OpenID Connect access tokens')).toBeVisible()
  await expect(decoded.getByText('At most 5 access tokens.')).toBeVisible()
  await expect(page.getByText(/^Usable until .* \(in (59|60) minutes\)\.$/)).toBeVisible()
  await expect(page.getByText(/The signature is valid/)).toBeVisible()
  // only the instance's public keys were fetched: the token itself went nowhere yet
  expect(serverRequests.every((url) => url.endsWith('/jwks') || url.includes('.well-known'))).toBe(
    true,
  )

  await page.getByRole('button', { name: 'Check at the server' }).click()
  await expect(page.getByText('The server accepts this token: it is valid.')).toBeVisible()
  await expect(page.getByText('At most 5 access tokens: 1 used, 4 left.')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Event history' })).toBeVisible()
  await expect(page.getByText(/Access token obtained, from/)).toBeVisible()
  await expect(page.getByText('No sub-tokens were created from this token.')).toBeVisible()

  const axe = await analyzeAccessibility(page)
  expect(axe.violations).toEqual([])

  await page.getByRole('button', { name: 'Revoke this token…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Revoke this token?' })
  await expect(dialog.getByText('AT: obtain OpenID Connect access tokens')).toBeVisible()
  expect((await analyzeAccessibility(page)).violations).toEqual([])
  await dialog.getByLabel('Also revoke sub-tokens').check()
  await dialog.getByRole('button', { name: 'Revoke', exact: true }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('button', { name: 'Revoke this token…' })).toBeFocused()

  await expect(
    page.getByText('You revoked this token. The server no longer accepts it.'),
  ).toBeVisible()
  await expect(page.getByText(/The server does not accept this token/)).toBeVisible()

  // the truth at the server
  expect(await canObtainAccessToken(token)).toBe(false)
  expect(await isTokenValid(token)).toBe(false)

  // the token never went into the URL or storage
  expect(page.url()).not.toContain(token.slice(-16))
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }))
  expect(stored).not.toContain(token.slice(-16))
})

test('a transfer code created through the API is exchanged on the page, and the token shown works', async ({
  page,
  user,
}) => {
  const created = await createMytokenOverHttp(user, {
    name: 'moved token',
    capabilities: ['AT', 'tokeninfo'],
  })
  const code = await createTransferCode(created.mytoken!)

  await gotoHydrated(page, '/token-info')
  await page.getByLabel('Paste a mytoken').fill(code)
  await page.getByRole('button', { name: 'Inspect' }).click()
  await expect(page.getByRole('heading', { name: 'A transfer code' })).toBeVisible()
  await page.getByRole('button', { name: 'Exchange for the token' }).click()
  await expect(
    page.getByRole('heading', { name: 'The token behind this transfer code' }),
  ).toBeVisible()

  // shown masked until revealed
  await expect(page.getByTestId('revealed-token')).toHaveCount(0)
  await page.getByRole('button', { name: 'Show' }).click()
  const shown = (await page.getByTestId('revealed-token').textContent()) ?? ''
  expect(shown).toBe(created.mytoken)
  expect(await canObtainAccessToken(shown)).toBe(true)
  expect((await analyzeAccessibility(page)).violations).toEqual([])

  await page.getByRole('button', { name: 'Inspect this token' }).click()
  await expect(page.getByText('moved token', { exact: true })).toBeVisible()

  // leaving the page forgets the token: coming back shows an empty page
  const nav = page.getByRole('navigation', { name: 'Main' })
  await nav.getByRole('link', { name: 'Home' }).click()
  await nav.getByRole('link', { name: 'Token info' }).click()
  await expect(page.getByLabel('Paste a mytoken')).toHaveValue('')
  await expect(page.getByText('moved token', { exact: true })).toHaveCount(0)

  // the code works once: exchanging it again is refused with a specific message
  await page.getByLabel('Paste a mytoken').fill(code)
  await page.getByRole('button', { name: 'Inspect' }).click()
  await page.getByRole('button', { name: 'Exchange for the token' }).click()
  await expect(
    page.getByText(/it was already used or has expired, or it is mistyped/),
  ).toBeVisible()
})

test('a transfer code created on the page works at the server; a token without tokeninfo capabilities is shown as valid but not allowed to ask', async ({
  page,
  user,
}) => {
  const created = await createMytokenOverHttp(user, { capabilities: ['AT'] })
  await gotoHydrated(page, '/token-info')
  await page.getByLabel('Paste a mytoken').fill(created.mytoken!)
  await page.getByRole('button', { name: 'Inspect' }).click()
  await page.getByRole('button', { name: 'Create a transfer code' }).click()
  await expect(page.getByText(/^Valid for [45]:\d\d more\.$/)).toBeVisible()
  const code = (await page.getByTestId('transfer-code').textContent()) ?? ''
  const exchanged = await exchangeTransferCode(code)
  expect(exchanged.mytoken).toBe(created.mytoken)

  // a token without tokeninfo capabilities: the server's 403 is shown as what it is
  await page.getByRole('button', { name: 'Check at the server' }).click()
  await expect(
    page.getByText(/it is valid\. This token may not ask for its own content/),
  ).toBeVisible()
  await expect(page.getByText(/This token may not ask for its event history/)).toBeVisible()
  await expect(page.getByText('The check did not work')).toHaveCount(0)
})

test('a short token cannot be decoded, so it goes straight to introspection at the server', async ({
  page,
  user,
}) => {
  const created = await createMytokenOverHttp(user, {
    name: 'short one',
    capabilities: ['AT', 'tokeninfo'],
    response_type: 'short_token',
  })
  expect(created.mytoken_type).toBe('short_token')
  await gotoHydrated(page, '/token-info')
  await page.getByLabel('Paste a mytoken').fill(created.mytoken!)
  await page.getByRole('button', { name: 'Inspect' }).click()
  await expect(page.getByRole('heading', { name: 'A short token' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'What this token is' })).toHaveCount(0)
  await page.getByRole('button', { name: 'Check at the server' }).click()
  await expect(page.getByText('The server accepts this token: it is valid.')).toBeVisible()
  await expect(page.getByText('Name: short one')).toBeVisible()
  await expect(
    page.getByRole('listitem').filter({ hasText: 'AT: obtain OpenID Connect access tokens' }),
  ).toBeVisible()
})

test('when the server rotates the pasted token, the page switches to the new one and says so', async ({
  page,
  user,
}) => {
  // rotation on "other" uses only happens for tokens with a restriction clause
  const created = await createMytokenOverHttp(user, {
    capabilities: ['tokeninfo'],
    restrictions: [{ exp: inAnHour() }],
    rotation: { on_other: true },
  })
  const old = created.mytoken!
  await gotoHydrated(page, '/token-info')
  await page.getByLabel('Paste a mytoken').fill(old)
  await page.getByRole('button', { name: 'Inspect' }).click()
  await page.getByRole('button', { name: 'Check at the server' }).click()
  await expect(page.getByText('The server accepts this token: it is valid.')).toBeVisible()
  // asking for the history would rotate it, so the page asks first; introspection never rotates
  await expect(page.getByText('Event history and sub-tokens were not asked for')).toBeVisible()
  expect(await isTokenValid(old)).toBe(true)
  await page.getByRole('button', { name: 'Ask anyway (rotates the token)' }).click()
  const notice = page.getByRole('status').filter({ hasText: 'The server rotated this token' })
  await expect(notice).toBeVisible()
  await notice.getByRole('button', { name: 'Show' }).click()
  const rotated = (await notice.getByTestId('revealed-token').textContent()) ?? ''
  expect(rotated).not.toBe(old)
  expect(await isTokenValid(rotated)).toBe(true)
  expect(await isTokenValid(old)).toBe(false)
})

test.describe('bad input gets a specific message', () => {
  test('empty, whitespace, 1 MB, wrong-format transfer code', async ({ page }) => {
    await gotoHydrated(page, '/token-info')
    const field = page.getByLabel('Paste a mytoken')
    const inspect = page.getByRole('button', { name: 'Inspect' })

    await inspect.click()
    await expect(page.getByRole('alert')).toHaveText('✕ Paste a token first: the field is empty.')
    await expect(field).toHaveAttribute('aria-invalid', 'true')

    await field.fill('   \n\t  ')
    await inspect.click()
    await expect(page.getByRole('alert')).toContainText('only spaces or line breaks')

    await field.fill('x'.repeat(1024 * 1024))
    await inspect.click()
    await expect(page.getByRole('alert')).toContainText('This paste is 1.0 MB long')
    // nothing the user entered is lost
    await expect(field).toHaveValue(/^x{1048576}$/)

    await field.fill('ab-cd!ef')
    await inspect.click()
    await expect(page.getByRole('alert')).toContainText('This is not a transfer code')
  })

  test('a truncated JWT and a tampered one', async ({ page, user }) => {
    const created = await createMytokenOverHttp(user, { capabilities: ['tokeninfo'] })
    const token = created.mytoken!
    await gotoHydrated(page, '/token-info')
    const field = page.getByLabel('Paste a mytoken')

    await field.fill(token.slice(0, token.length - 30))
    await page.getByRole('button', { name: 'Inspect' }).click()
    await expect(page.getByRole('alert')).toContainText('This JWT is incomplete')

    // flip one character in the middle of the signature
    const [header, payload, signature] = token.split('.') as [string, string, string]
    const i = Math.floor(signature.length / 2)
    const flipped = 'AB'.replace(signature[i]!, '')[0]
    const tampered = `${header}.${payload}.${signature.slice(0, i)}${flipped}${signature.slice(i + 1)}`
    await field.fill(tampered)
    await page.getByRole('button', { name: 'Inspect' }).click()
    await expect(page.getByText(/The signature does not match/)).toBeVisible()
    await page.getByRole('button', { name: 'Check at the server' }).click()
    await expect(page.getByText(/The server does not accept this token/)).toBeVisible()
    // the original is untouched by all this
    expect(await isTokenValid(token)).toBe(true)
  })

  test('a JWT from an unknown instance is decoded but sent nowhere', async ({ page }) => {
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
    const foreign = [
      encode({ alg: 'ES512', typ: 'MT+JWT' }),
      encode({
        ver: '0.7',
        token_type: 'mytoken',
        iss: 'https://mytoken.example.org',
        oidc_iss: 'https://login.example.org',
        nbf: 1_800_000_000,
        iat: 1_800_000_000,
        name: 'foreign token',
        capabilities: ['AT'],
      }),
      'A'.repeat(176),
    ].join('.')
    const requests: string[] = []
    page.on('request', (request) => requests.push(request.url()))
    await gotoHydrated(page, '/token-info')
    await page.getByLabel('Paste a mytoken').fill(foreign)
    await page.getByRole('button', { name: 'Inspect' }).click()
    await expect(
      page.getByText('This token comes from an instance this app does not work with'),
    ).toBeVisible()
    await expect(page.getByText('foreign token', { exact: true })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Check at the server' })).toHaveCount(0)
    expect(requests.filter((url) => url.includes('example.org'))).toEqual([])
  })

  test('a revoked token', async ({ page, user }) => {
    const created = await createMytokenOverHttp(user, { capabilities: ['tokeninfo'] })
    await revokeToken(created.mytoken!)
    await gotoHydrated(page, '/token-info')
    await page.getByLabel('Paste a mytoken').fill(created.mytoken!)
    await page.getByRole('button', { name: 'Inspect' }).click()
    await page.getByRole('button', { name: 'Check at the server' }).click()
    await expect(page.getByText(/it is not valid — expired, revoked or rotated away/)).toBeVisible()
  })

  test('an old copy of a rotating token that was rotated away', async ({ page, user }) => {
    const created = await createMytokenOverHttp(user, {
      capabilities: ['AT', 'tokeninfo'],
      rotation: { on_AT: true },
    })
    const old = created.mytoken!
    // one use through the API rotates it: the server hands out a new string
    const { rotatedTo } = await getAccessToken(old)
    expect(rotatedTo).toBeDefined()
    expect(rotatedTo).not.toBe(old)

    await gotoHydrated(page, '/token-info')
    await page.getByLabel('Paste a mytoken').fill(old)
    await page.getByRole('button', { name: 'Inspect' }).click()
    await expect(
      page.getByText('It is replaced by a new string after every access token request.'),
    ).toBeVisible()
    await page.getByRole('button', { name: 'Check at the server' }).click()
    await expect(page.getByText(/it was rotated away/)).toBeVisible()
    expect(await isTokenValid(rotatedTo!)).toBe(true)
  })

  test('an expired token', async ({ page, user }) => {
    const created = await createMytokenOverHttp(user, {
      capabilities: ['tokeninfo'],
      // the server refuses an expiry in the past only when the flow starts: once started, the
      // token is made even if it has run out before the approval (over HTTP) is through
      restrictions: [{ exp: Math.floor(Date.now() / 1000) + 2 }],
    })
    await expect.poll(() => isTokenValid(created.mytoken!), { timeout: 60_000 }).toBe(false)
    await gotoHydrated(page, '/token-info')
    await page.getByLabel('Paste a mytoken').fill(created.mytoken!)
    await page.getByRole('button', { name: 'Inspect' }).click()
    await expect(page.getByText(/^This token expired .* ago/)).toBeVisible()
    await page.getByRole('button', { name: 'Check at the server' }).click()
    await expect(
      page.getByText(/The server does not accept this token: it expired .* ago/),
    ).toBeVisible()
  })

  test('a network failure', async ({ page, context, user }) => {
    const created = await createMytokenOverHttp(user, { capabilities: ['tokeninfo'] })
    await gotoHydrated(page, '/token-info')
    await page.getByLabel('Paste a mytoken').fill(created.mytoken!)
    await page.getByRole('button', { name: 'Inspect' }).click()
    await expect(page.getByText(/The signature is valid/)).toBeVisible()
    await context.setOffline(true)
    await page.getByRole('button', { name: 'Check at the server' }).click()
    await expect(page.getByText(/could not be reached/)).toBeVisible()
    await context.setOffline(false)
    await page.getByRole('button', { name: 'Try again' }).click()
    await expect(page.getByText('The server accepts this token: it is valid.')).toBeVisible()
  })
})
