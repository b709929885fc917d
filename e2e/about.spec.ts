import { stackConfig } from '../stack/config'
import { expect, test } from './fixtures'

interface RawDiscovery {
  version: string
  ssh_keys: { type: string; fingerprint: string }[]
}

test('About this server shows the version, privacy page, features, SSH host keys and providers the server publishes', async ({
  page,
}) => {
  const discovery = (await (
    await fetch(`${stackConfig.mytoken.issuer}/.well-known/mytoken-configuration`)
  ).json()) as RawDiscovery
  expect(discovery.ssh_keys.length).toBeGreaterThan(0)

  await page.setViewportSize({ width: 390, height: 800 })
  await page.goto('/')
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'About this server' })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: 'About this server' })).toBeVisible()
  await expect(page.getByText(discovery.version, { exact: true })).toBeVisible()
  await expect(page.getByRole('link', { name: /Privacy page of 127\.0\.0\.1/ })).toHaveAttribute(
    'href',
    `${stackConfig.mytoken.issuer}/privacy`,
  )
  await expect(page.getByText(/SSH grant .*: offered/)).toBeVisible()
  await expect(page.getByText(/Transfer codes .*: offered/)).toBeVisible()
  await expect(page.getByTestId('ssh-host-key-fingerprint')).toHaveText(
    discovery.ssh_keys.map((key) => key.fingerprint),
  )
  await expect(page.getByText(stackConfig.provider.name)).toBeVisible()
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow).toBeLessThanOrEqual(0)

  await page.getByLabel('Language').selectOption('de')
  await expect(page.getByRole('heading', { level: 1, name: 'Über diesen Server' })).toBeVisible()
  await expect(page.getByText(/SSH-Grant .*: angeboten/)).toBeVisible()
})
