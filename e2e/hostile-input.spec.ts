// Hostile input from links, pasted text and crafted tokens: each gets a specific message, never a
// crash, and nothing the user typed is lost; nothing out of range reaches the server.
import type { Page } from '@playwright/test'
import { base64url } from 'jose'
import { stackConfig } from '../stack/config'
import { createMytokenOverHttp, expect, gotoHydrated, test } from './fixtures'

const crashText = 'This page could not be shown'

function craftedJwt(claims: Record<string, unknown>): string {
  const encode = (value: object) => base64url.encode(JSON.stringify(value))
  const payload = {
    ver: '0.7',
    token_type: 'mytoken',
    iss: stackConfig.mytoken.issuer,
    exp: Math.floor(Date.now() / 1000) + 3600,
    iat: Math.floor(Date.now() / 1000),
    name: 'crafted',
    capabilities: ['AT'],
    ...claims,
  }
  return `${encode({ alg: 'ES512', typ: 'MT+JWT' })}.${encode(payload)}.${'A'.repeat(176)}`
}

async function countNewTabs(page: Page): Promise<() => number> {
  let opened = 0
  page.context().on('page', () => (opened += 1))
  return () => opened
}

test('a link with 400 nines (or 20) as access-token uses is refused before consent, with a clear message', async ({
  signedInPage: page,
}) => {
  for (const nines of [400, 20]) {
    await page.goto(`/create?usages_AT=${'9'.repeat(nines)}`)
    const field = page.getByRole('textbox', { name: 'Access-token uses' })
    await expect(field).toHaveValue('9'.repeat(nines))
    await expect(page.getByText(/At most 1,000,000,000 uses/)).toBeVisible()
    await expect(page.getByText('No risks found')).toHaveCount(0)
    await page.getByText('Request sent to the server (read-only)').click()
    await expect(page.getByLabel('JSON request')).not.toContainText('usages_AT')
    await expect(page.getByLabel('JSON request')).not.toContainText('null')
    const newTabs = await countNewTabs(page)
    await page.getByRole('button', { name: 'Create token' }).click()
    await expect(page.getByText('Please correct the marked fields.')).toBeVisible()
    expect(newTabs()).toBe(0)
    await expect(page.getByText(/cannot unmarshal/)).toHaveCount(0)
    await expect(field).toHaveValue('9'.repeat(nines))
  }
})

test('expiry links beyond the year 9999 get a message on the create page instead of a crash', async ({
  signedInPage: page,
}) => {
  for (const exp of ['%2B999999y', '99999999999999', '%2B99999y']) {
    await page.goto(`/create?exp=${exp}`)
    await expect(page.getByRole('heading', { name: 'Create a mytoken', level: 1 })).toBeVisible()
    await expect(page.getByText(crashText)).toHaveCount(0)
    await expect(page.getByText(/takes dates up to the year 9999/)).toBeVisible()
  }
})

test('a foreign provider in a create link is named, not dropped silently', async ({
  signedInPage: page,
}) => {
  await page.goto('/create?provider=https%3A%2F%2Fevil.example%2Fop')
  await expect(
    page.getByText(/This link asked for the OpenID provider “.*https:\/\/evil\.example\/op.*”/),
  ).toBeVisible()
  await expect(page.getByText(stackConfig.provider.name).first()).toBeVisible()
})

test('crafted and odd pastes on the token-info page get specific messages and keep the text', async ({
  page,
}) => {
  await gotoHydrated(page, '/token-info')
  const field = page.getByLabel('Paste a mytoken')
  for (const claims of [{ exp: 1e16 }, { iat: 1e300 }, { restrictions: [{ exp: 9e15 }] }]) {
    const token = craftedJwt(claims)
    await field.fill(token)
    await page.getByRole('button', { name: 'Inspect' }).click()
    await expect(page.getByText(/claims a time no mytoken server issues/)).toBeVisible()
    await expect(page.getByText(crashText)).toHaveCount(0)
    await expect(field).toHaveValue(token)
  }

  await field.fill('Hi, please revoke my token.')
  await page.getByRole('button', { name: 'Inspect' }).click()
  await expect(page.getByText(/This is not a token/)).toBeVisible()

  // wrapped at 76 columns, as mail clients do
  const token = craftedJwt({ name: 'wrapped in a mail' })
  await field.fill(token.match(/.{1,76}/g)!.join('\n'))
  await page.getByRole('button', { name: 'Inspect' }).click()
  await expect(page.getByText('wrapped in a mail')).toBeVisible()

  // a right-to-left override in a name from whoever made the token is shown, not obeyed
  await field.fill(craftedJwt({ name: 'invoice\u202Egnp.exe' }))
  await page.getByRole('button', { name: 'Inspect' }).click()
  await expect(page.getByText('invoice⟨U+202E⟩gnp.exe')).toBeVisible()
})

test('names with direction overrides or HTML show as typed in the list and the details', async ({
  signedInPage: page,
  user,
}) => {
  await createMytokenOverHttp(user, { name: 'report\u202Efdp.exe', capabilities: ['AT'] })
  await createMytokenOverHttp(user, {
    name: '<img src=x onerror=alert(1)>',
    capabilities: ['AT'],
  })
  await page.goto('/tokens')
  await expect(page.getByRole('link', { name: 'report⟨U+202E⟩fdp.exe' })).toBeVisible()
  const html = page.getByRole('link', { name: '<img src=x onerror=alert(1)>' })
  await expect(html).toBeVisible()
  await expect(page.getByText(/&lt;|&gt;/)).toHaveCount(0)
  await html.click()
  await expect(page.getByText('<img src=x onerror=alert(1)>').first()).toBeVisible()
})
