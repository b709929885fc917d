// Usage counts: a TOAR-preset token used from outside the browser shows its uses in the list
// and on its details page.
import { expect, test } from './fixtures'
import { createInApp, finishReveal, obtainAccessToken } from './lifecycle-helpers'
import { canObtainAccessToken } from './stack-api'

test('a TOAR token used three times by a script shows "3 of 100 used" in the list and its details', async ({
  signedInPage: page,
  user,
}) => {
  const token = await createInApp(page, user, '?preset=toar')
  for (let i = 1; i <= 3; i++) await obtainAccessToken(token, `script run ${i}`)
  await finishReveal(page)

  const row = page.getByRole('row').filter({ hasText: 'TOAR data access' })
  await expect(row).toContainText('3 of 100 used')
  await expect(row).toContainText('97 left')

  await row.getByRole('link', { name: 'TOAR data access' }).click()
  const usage = page.getByTestId('token-usage')
  await expect(usage).toContainText('Access tokens: 3 of 100 used')
  await expect(page.getByRole('row', { name: /Access token obtained/ })).toHaveCount(3)

  // one more use from outside shows up after a refresh of the history
  await obtainAccessToken(token, 'script run 4')
  await page.reload()
  await expect(page.getByTestId('token-usage')).toContainText('4 of 100 used')
})

test('a token whose two access-token uses are spent shows as used up in the list and its details', async ({
  signedInPage: page,
  user,
}) => {
  const token = await createInApp(page, user, '?preset=toar&name=Two%20uses&usages_AT=2')
  await obtainAccessToken(token, 'script run 1')
  await obtainAccessToken(token, 'script run 2')
  await finishReveal(page)

  const row = page.getByRole('row').filter({ hasText: 'Two uses' })
  await expect(row).toContainText('2 of 2 used (0 left)')
  await expect(row).toContainText('Access tokens used up')
  await expect(row).not.toContainText('Active')
  // the server agrees: no third access token
  expect(await canObtainAccessToken(token)).toBe(false)

  await row.getByRole('link', { name: 'Two uses', exact: true }).click()
  const facts = page.getByRole('region', { name: 'Overview' })
  await expect(facts.getByText('Access tokens used up')).toBeVisible()
  await expect(page.getByTestId('token-usage')).toContainText('Access tokens: 2 of 2 used')
  await expect(facts.getByText('Remaining uses')).toHaveCount(0)
})

test('uses from outside the browser show after "Refresh list" and on coming back to the list', async ({
  signedInPage: page,
  user,
}) => {
  const token = await createInApp(page, user, '?preset=toar&name=Used%20outside')
  await finishReveal(page)
  const row = page.getByRole('row').filter({ hasText: 'Used outside' })
  await expect(row).toContainText('0 of 100 used')

  await obtainAccessToken(token, 'script run 1')
  await page.getByRole('button', { name: 'Refresh list' }).click()
  await expect(row).toContainText('1 of 100 used')

  // away and back within a few seconds, well inside the 30 s the counts are cached for
  await row.getByRole('link', { name: 'Used outside', exact: true }).click()
  await expect(page.getByTestId('token-usage')).toContainText('1 of 100 used')
  await obtainAccessToken(token, 'script run 2')
  await page.getByRole('link', { name: 'Back to my tokens' }).first().click()
  await expect(row).toContainText('2 of 100 used')
})
