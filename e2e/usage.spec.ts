// Usage counts: a TOAR-preset token used from outside the browser shows its uses in the list
// and on its details page.
import { expect, test } from './fixtures'
import { createInApp, finishReveal, obtainAccessToken } from './lifecycle-helpers'

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
