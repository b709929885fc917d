// What outside clients and ordinary use found (issue 15): lists that follow what changed, the
// delivery event in words, one state after revoking on the token-info page, and an account page
// that says when its check failed.
import { expect, createAndApprove, createMytokenOverHttp, gotoHydrated, test } from './fixtures'
import { canObtainAccessToken } from './stack-api'

test('after creating a token, "Done" shows it in the list at once; its history explains the delivery', async ({
  signedInPage: page,
  user,
}) => {
  await page.goto('/tokens')
  await expect(page.getByRole('link', { name: 'mytoken-web app session' })).toBeVisible()
  // the list is read now; the new token must appear without "Refresh list"
  await page.goto('/create?preset=toar&name=Fresh%20token')
  await createAndApprove(page, user)
  await page.getByLabel('I have stored the token safely').check()
  await page.getByRole('button', { name: 'Done — go to my tokens' }).click()
  const link = page.getByRole('link', { name: 'Fresh token' })
  await expect(link).toBeVisible({ timeout: 5_000 })

  await link.click()
  await expect(
    page.getByText(/Token handed over: collected by the app that asked for it/).first(),
  ).toBeVisible()
})

test('after revoking on the token-info page the page shows one state: nothing offers to use the token', async ({
  page,
  user,
}) => {
  const created = await createMytokenOverHttp(user, {
    name: 'leaked one',
    capabilities: ['AT', 'tokeninfo'],
  })
  await gotoHydrated(page, '/token-info')
  await page.getByLabel('Paste a mytoken').fill(created.mytoken!)
  await page.getByRole('button', { name: 'Inspect' }).click()
  await expect(page.getByText(/The signature is valid/)).toBeVisible()
  await page.getByRole('button', { name: 'Revoke this token…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Revoke this token?' })
  await dialog.getByRole('button', { name: 'Revoke', exact: true }).click()
  await expect(
    page.getByText('You revoked this token. The server no longer accepts it.'),
  ).toBeVisible()

  await expect(page.getByText(/The signature is valid/)).toHaveCount(0)
  await expect(
    page.getByText(/The signature is genuine .* no longer accepts the token/),
  ).toBeVisible()
  await expect(page.getByRole('button', { name: 'Revoke this token…' })).toHaveAttribute(
    'aria-disabled',
    'true',
  )
  await expect(page.getByRole('button', { name: 'Create a transfer code' })).toBeDisabled()
  await expect(page.getByText('The server accepts this token: it is valid.')).toHaveCount(0)
  expect(await canObtainAccessToken(created.mytoken!)).toBe(false)
})

test('the account page says when the session check failed and checks again on request', async ({
  signedInPage: page,
}) => {
  await page.goto('/')
  // introspection of the session fails on the network; everything else goes through
  await page.route('**/api/v0/tokeninfo', async (route) => {
    const body = route.request().postDataJSON() as { action?: string } | null
    if (body?.action === 'introspect') await route.abort('connectionfailed')
    else await route.continue()
  })
  await page.goto('/account')
  await expect(
    page.getByText('The server could not be asked whether it still accepts your session'),
  ).toBeVisible()
  await page.unroute('**/api/v0/tokeninfo')
  await page.getByRole('button', { name: 'Try again' }).click()
  await expect(page.getByText('yes (checked just now)')).toBeVisible()
})
