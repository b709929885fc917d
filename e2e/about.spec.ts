import { stackConfig } from '../stack/config'
import { expect, test } from './fixtures'

interface RawDiscovery {
  version: string
  ssh_keys: { type: string; fingerprint: string }[]
  profiles_endpoint: string
}

/** The names of the server's profiles or templates of one kind in its default group. */
async function serverProfileNames(discovery: RawDiscovery, kind: string): Promise<string[]> {
  const response = await fetch(`${discovery.profiles_endpoint}/_/${kind}`)
  expect(response.status).toBe(200)
  const list = ((await response.json()) as { name: string }[] | null) ?? []
  return list.map((entry) => entry.name).sort()
}

const INTRO = /^What this mytoken server is and what it offers/

test('About this server shows the version, privacy page, features, SSH host keys and providers the server publishes', async ({
  page,
}) => {
  const discovery = (await (
    await fetch(`${stackConfig.mytoken.issuer}/.well-known/mytoken-configuration`)
  ).json()) as RawDiscovery
  expect(discovery.ssh_keys.length).toBeGreaterThan(0)

  await page.setViewportSize({ width: 390, height: 800 })
  await page.goto('/')
  const nav = page.getByRole('navigation', { name: 'Main' })
  await nav.getByRole('button', { name: 'Menu' }).click()
  await nav.getByRole('link', { name: 'About this server' }).click()
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

test('About this server also names what the built-in pages show: where the operator and contacts are, the developers, the source and the profiles offered', async ({
  page,
}) => {
  const discovery = (await (
    await fetch(`${stackConfig.mytoken.issuer}/.well-known/mytoken-configuration`)
  ).json()) as RawDiscovery
  // the operator's name and contacts are on the server's privacy page, not in its JSON API
  const privacy = await (await fetch(`${stackConfig.mytoken.issuer}/privacy`)).text()
  expect(privacy).toContain('mytoken-local-privacy@example.org')
  const json = JSON.stringify(discovery)
  expect(json).not.toContain('mytoken-local-privacy@example.org')

  await page.goto('/about')
  await expect(page.getByRole('link', { name: /Privacy page of 127\.0\.0\.1/ })).toHaveAttribute(
    'href',
    `${stackConfig.mytoken.issuer}/privacy`,
  )
  await expect(page.getByRole('link', { name: /Web interface of 127\.0\.0\.1/ })).toHaveAttribute(
    'href',
    `${stackConfig.mytoken.issuer}/`,
  )
  // the developer contact and source link of the built-in pages' footer
  const footer = await (await fetch(`${stackConfig.mytoken.issuer}/`)).text()
  for (const link of ['mailto:m-contact@lists.kit.edu', 'https://github.com/oidc-mytoken/server']) {
    expect(footer).toContain(`href="${link}"`)
    await expect(page.locator(`a[href="${link}"]`)).toBeVisible()
  }

  const profiles = page.getByRole('region', { name: 'Server profiles and templates offered' })
  for (const [kind, label] of [
    ['profiles', 'Profiles'],
    ['capabilities', 'Capability templates'],
    ['restrictions', 'Restriction templates'],
    ['rotation', 'Rotation templates'],
  ] as const) {
    const names = await serverProfileNames(discovery, kind)
    expect(names.length, kind).toBeGreaterThan(0)
    await expect(profiles.getByRole('definition').filter({ hasText: names[0]! })).toHaveText(
      names.join(', '),
    )
    await expect(profiles.getByRole('term').filter({ hasText: label })).toBeVisible()
  }
})

test('the page’s introduction, its largest text, is in the prerendered page and shows before the server answers', async ({
  page,
  request,
}) => {
  const html = await (await request.get('/about')).text()
  expect(html).toContain('What this mytoken server is and what it offers')

  let releaseDiscovery = () => {}
  const discoveryHeld = new Promise<void>((resolve) => (releaseDiscovery = resolve))
  await page.route('**/.well-known/mytoken-configuration', async (route) => {
    await discoveryHeld
    await route.continue()
  })
  await page.goto('/about')
  await expect(page.getByText(INTRO)).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: /^Connecting to/ })).toBeVisible()
  releaseDiscovery()
  await expect(page.getByRole('heading', { name: 'Features' })).toBeVisible()
  await expect(page.getByText(INTRO)).toBeVisible()
})
