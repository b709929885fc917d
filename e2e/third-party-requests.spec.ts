import { stackConfig } from '../stack/config'
import { expect, signInThroughUi, test } from './fixtures'

test('during a whole session the app talks only to itself, the configured mytoken server and the provider', async ({
  page,
  user,
}) => {
  const origins = new Set<string>()
  page.on('request', (request) => origins.add(new URL(request.url()).origin))

  await signInThroughUi(page, user)
  for (const link of ['Create a token', 'My tokens', 'Token info', 'Home']) {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link }).click()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  }
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible()

  const allowed: string[] = [
    stackConfig.app.previewOrigin,
    stackConfig.mytoken.issuer,
    stackConfig.provider.issuer,
  ]
  expect([...origins].filter((origin) => !allowed.includes(origin))).toEqual([])
  expect(origins).toContain(stackConfig.mytoken.issuer)
})
