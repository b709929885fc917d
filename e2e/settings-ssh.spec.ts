// Settings behind a step-up token, and the SSH grant end to end with Debian's real ssh client.
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import type { Page } from '@playwright/test'
import { stackConfig } from '../stack/config'
import { approveInConsentTab, expect, sessionTokenOf, test, type TestUser } from './fixtures'
import { introspect } from './stack-api'

const run = promisify(execFile)

/** Every settings capability a token holds, read-only ones included. */
const settingsCapabilities = (capabilities: string[] | undefined) =>
  (capabilities ?? []).filter((c) => /^(read@)?settings(:|$)/.test(c))

const jwtCapabilities = (token: string) =>
  (
    JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as {
      capabilities: string[]
    }
  ).capabilities

/** HTTP status of listing grant types with this token (a step-up token cannot introspect itself). */
async function grantListStatus(token: string): Promise<number> {
  const response = await fetch(`${stackConfig.mytoken.issuer}/api/v0/settings/grants`, {
    headers: { Authorization: `Bearer ${token}` },
  })
  return response.status
}

interface SshKeyRow {
  name?: string
  ssh_key_fp: string
  created: number
  last_used?: number
}
interface SshInfo {
  grant_enabled: boolean
  ssh_keys: SshKeyRow[]
}

/** The SSH grant's state at the server, read with plain fetch (Bearer, as GET needs). */
async function sshInfo(token: string): Promise<SshInfo> {
  const response = await fetch(`${stackConfig.mytoken.issuer}/api/v0/settings/grants/ssh`, {
    headers: { Authorization: `Bearer ${token}` },
  })
  expect(response.status).toBe(200)
  const info = (await response.json()) as { grant_enabled: boolean; ssh_keys: SshKeyRow[] | null }
  return { ...info, ssh_keys: info.ssh_keys ?? [] }
}

/** Unlocks Settings through the consent flow; returns the step-up token seen on the wire. */
async function unlock(page: Page, user: TestUser, button: RegExp): Promise<string> {
  const tab = page.context().waitForEvent('page')
  const settingsRequest = page.waitForRequest(
    (request) => request.url().includes('/settings/grants') && request.method() === 'GET',
  )
  await page.getByRole('button', { name: button }).click()
  await approveInConsentTab(await tab, user)
  await expect(page.getByText(/^Unlocked:/)).toBeVisible()
  const auth = (await settingsRequest).headers().authorization ?? ''
  expect(auth).toMatch(/^Bearer /)
  return auth.slice('Bearer '.length)
}

async function sshAccessToken(configFile: string, command: string) {
  const [program, ...args] = command.split(' ')
  expect(program).toBe('ssh')
  return run('ssh', ['-F', configFile, '-o', 'BatchMode=yes', ...args], { timeout: 30_000 })
}

test('a key made by ssh-keygen, added in Settings, lets the real ssh obtain a working access token until it is deleted; one unlock serves Settings and the e-mail settings across pages and dies on Lock now and on sign-out', async ({
  signedInPage: page,
  user,
}) => {
  test.setTimeout(240_000)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mytoken-ssh-'))
  const keyFile = path.join(dir, 'id_ed25519')
  await run('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'e2e', '-f', keyFile])
  const publicKey = fs.readFileSync(`${keyFile}.pub`, 'utf8').trim()
  const privateKey = fs.readFileSync(keyFile, 'utf8')
  const fingerprint = (
    await run('ssh-keygen', ['-l', '-E', 'sha256', '-f', `${keyFile}.pub`])
  ).stdout.split(' ')[1]!
  const sentBodies: string[] = []
  page.on('request', (request) => sentBodies.push(request.postData() ?? ''))

  await page.goto('/')
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings' })
    .click()
  const stepUpToken = await unlock(
    page,
    user,
    /^Unlock to view and change for 10 minutes: grant types, SSH keys, e-mail settings$/,
  )
  // exactly what Settings and the e-mail settings need (the server folds settings:grants:ssh
  // into settings:grants)
  expect(jwtCapabilities(stepUpToken).sort()).toEqual(['settings:email', 'settings:grants'])
  expect(await grantListStatus(stepUpToken)).toBe(200)
  // the session token never gains a settings capability
  const session = await introspect(await sessionTokenOf(page))
  expect(session.valid).toBe(true)
  expect(settingsCapabilities(session.token.capabilities)).toEqual([])

  // v0.10.1 lists no grant type for a new user: the offered SSH grant is shown as off
  await expect(page.getByText('SSH grant (access tokens with ssh): off')).toBeVisible()
  await page.getByRole('switch', { name: /SSH grant/ }).click()
  await expect(page.getByText('SSH grant (access tokens with ssh): on')).toBeVisible()
  expect((await sshInfo(stepUpToken)).grant_enabled).toBe(true)

  const keyField = page.getByRole('textbox', { name: /Public key/ })
  await keyField.fill('ssh-ed25519 not*base64')
  await expect(page.getByText(/key data is damaged/)).toBeVisible()
  await keyField.fill(privateKey)
  await expect(page.getByRole('alert').filter({ hasText: 'must never be shared' })).toBeVisible()
  await expect(keyField).toHaveValue('')
  await keyField.fill(publicKey)
  await expect(
    page.getByText(`Valid ssh-ed25519 key (256 bits), fingerprint ${fingerprint}`),
  ).toBeVisible()
  // a name with spaces: the server's own block would say `Host mytoken-Work laptop X`
  await page.getByRole('textbox', { name: 'Name' }).fill('Work laptop X')
  // the risk check of the key's limits
  await expect(page.getByText('The key never stops working: set a number of days.')).toBeVisible()
  await page.getByRole('textbox', { name: /Key stops working after/ }).fill('30')
  await page.getByRole('textbox', { name: /Access tokens it may obtain/ }).fill('100')
  await expect(page.getByText(/The key stops working on a set day/)).toBeVisible()
  // the stack's server is v0.10.1, which panics on `ssh … MT`: no create_mytoken for a key
  await expect(
    page.getByText(/^create_mytoken is not offered: mytoken server 0\.10\.1 crashes/),
  ).toBeVisible()
  await expect(page.getByRole('checkbox', { name: /create_mytoken/ })).toHaveCount(0)
  await expect(page.getByRole('checkbox', { name: /^AT / })).toBeChecked()

  const keyTab = page.context().waitForEvent('page')
  await page.getByRole('button', { name: 'Add key and approve' }).click()
  await approveInConsentTab(await keyTab, user)
  await expect(
    page.getByRole('heading', { name: 'Your SSH key is ready — copy these lines now' }),
  ).toBeVisible()
  expect(
    sentBodies.some((body) => body.includes('PRIVATE KEY') || body.includes('b3BlbnNzaC1rZXktdjE')),
  ).toBe(false)

  const configBlock = (await page.getByTestId('ssh-config-block').textContent()) ?? ''
  expect(configBlock).toContain(`HostName ${stackConfig.mytoken.ssh.host}`)
  expect(configBlock).toContain(`Port ${stackConfig.mytoken.ssh.port}`)
  const command = (await page.getByTestId('ssh-command').textContent()) ?? ''
  expect(command).toBe('ssh mytoken-Work-laptop-X AT')
  await expect(
    page.getByText(/^The server’s own block says Host mytoken-Work laptop X:/),
  ).toBeVisible()
  // pasted as shown, only the alias is sent the secret user name: not `ssh laptop`, not `ssh X`
  const sshUser = /^\s*User (\S+)$/m.exec(configBlock)?.[1] ?? ''
  expect(sshUser).toMatch(/^\S{16}$/)
  const pastedConfig = path.join(dir, 'pasted-config')
  fs.writeFileSync(pastedConfig, configBlock)
  const sshUserFor = async (host: string) =>
    /^user (.*)$/m.exec((await run('ssh', ['-G', '-F', pastedConfig, host])).stdout)?.[1]
  expect(await sshUserFor('mytoken-Work-laptop-X')).toBe(sshUser)
  for (const other of ['laptop', 'X', 'mytoken-Work'])
    expect(await sshUserFor(other)).not.toBe(sshUser)
  const shownHostKeys = await page.getByTestId('ssh-host-key-fingerprint').allTextContents()
  const knownHosts = path.join(dir, 'known_hosts')
  const configFile = path.join(dir, 'config')
  fs.writeFileSync(
    configFile,
    `${configBlock}\tIdentityFile ${keyFile}\n\tIdentitiesOnly yes\n\tUserKnownHostsFile ${knownHosts}\n\tStrictHostKeyChecking accept-new\n`,
  )
  const { stdout } = await sshAccessToken(configFile, command)
  const accessToken = stdout.trim()
  expect(accessToken.length).toBeGreaterThan(10)
  // the host key ssh saw is one the app showed from discovery
  const seen = (await run('ssh-keygen', ['-l', '-E', 'sha256', '-f', knownHosts])).stdout.split(
    ' ',
  )[1]!
  expect(shownHostKeys).toContain(seen)
  // the access token works at the provider
  const userinfo = await fetch(`${stackConfig.provider.issuer}/me`, {
    headers: { Authorization: `Bearer ${accessToken}` },
  })
  expect(userinfo.status).toBe(200)
  expect(((await userinfo.json()) as { sub: string }).sub).toBeTruthy()

  // at the server: the key with its name, used just now
  const [stored] = (await sshInfo(stepUpToken)).ssh_keys
  expect(stored).toMatchObject({ name: 'Work laptop X', ssh_key_fp: fingerprint })
  expect(stored?.last_used).toBeGreaterThan(Date.now() / 1000 - 120)

  await page.getByRole('button', { name: 'Done' }).click()
  const listed = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Work laptop X' }) })
  await expect(listed.getByText(fingerprint!, { exact: true })).toBeVisible()
  await expect(listed.getByText('Last used')).toBeVisible()
  await expect(listed.getByText('never')).toHaveCount(0)
  // the SSH grant switched off refuses the key; on again, it works again, as said before and after
  const grantSwitch = page.getByRole('switch', { name: /SSH grant/ })
  await grantSwitch.click()
  await expect(page.getByText('SSH grant (access tokens with ssh): off')).toBeVisible()
  await expect(sshAccessToken(configFile, command)).rejects.toThrow(/Permission denied/)
  await expect(grantSwitch).toHaveAccessibleDescription(
    /^Turning it on makes every SSH key still registered work again at once \(1: Work laptop X\)/,
  )
  await grantSwitch.click()
  await expect(page.getByText('SSH grant (access tokens with ssh): on')).toBeVisible()
  await expect(
    page.getByRole('alert').filter({
      hasText: 'The SSH grant is on: the registered SSH keys work again (1: Work laptop X).',
    }),
  ).toBeVisible()
  expect((await sshAccessToken(configFile, command)).stdout.trim().length).toBeGreaterThan(10)

  // the same key again: a specific message, nothing sent
  await keyField.fill(publicKey)
  await expect(
    page.getByText(`This key is already registered (fingerprint ${fingerprint})`),
  ).toBeVisible()

  // deleting asks first; cancelled, the key stays
  await page.getByRole('button', { name: 'Delete Work laptop X' }).click()
  const confirm = page.getByRole('dialog', { name: 'Delete the SSH key “Work laptop X”?' })
  await expect(confirm.getByText(fingerprint!, { exact: true })).toBeVisible()
  await confirm.getByRole('button', { name: 'Cancel' }).click()
  await expect(confirm).toBeHidden()
  expect((await sshInfo(stepUpToken)).ssh_keys).toHaveLength(1)
  await page.getByRole('button', { name: 'Delete Work laptop X' }).click()
  await confirm.getByRole('button', { name: 'Delete key' }).click()
  await expect(confirm).toBeHidden()
  await expect(page.getByText('No SSH keys yet.')).toBeVisible()
  expect((await sshInfo(stepUpToken)).ssh_keys).toEqual([])
  await expect(sshAccessToken(configFile, command)).rejects.toThrow(/Permission denied/)

  // the unlock outlives a page change: Home and back, then the e-mail settings, no new consent tab
  const tabsOpened: Page[] = []
  page.context().on('page', (tab) => tabsOpened.push(tab))
  const nav = page.getByRole('navigation', { name: 'Main' })
  await nav.getByRole('link', { name: 'Home' }).click()
  await expect(page.getByText(/^Unlocked:/)).toHaveCount(0)
  expect(await grantListStatus(stepUpToken)).toBe(200)
  await nav.getByRole('link', { name: 'Settings' }).click()
  await expect(page.getByText(/^Unlocked: Unlock to view and change/)).toBeVisible()
  await expect(page.getByText('SSH grant (access tokens with ssh): on')).toBeVisible()
  await nav.getByRole('link', { name: 'Notifications' }).click()
  await expect(
    page.getByRole('status').filter({ hasText: 'E-mail settings unlocked' }),
  ).toBeVisible()
  await expect(page.getByLabel('New e-mail address')).toBeVisible()
  expect(tabsOpened).toEqual([])
  // Lock now (here) revokes it at the server, and Settings is locked too
  await page.getByRole('button', { name: 'Lock now' }).click()
  await expect(page.getByLabel('New e-mail address')).toHaveCount(0)
  await expect.poll(() => grantListStatus(stepUpToken)).toBe(401)
  await nav.getByRole('link', { name: 'Settings' }).click()
  await expect(page.getByRole('button', { name: /^Unlock to view and change/ })).toBeVisible()
  await expect(page.getByRole('switch', { name: /SSH grant/ })).toHaveCount(0)

  // sign-out revokes a step-up token too
  const readOnlyToken = await unlock(page, user, /^Unlock to view for 10 minutes/)
  await expect(page.getByRole('switch', { name: /SSH grant/ })).toBeDisabled()
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible()
  expect(jwtCapabilities(readOnlyToken).sort()).toEqual([
    'read@settings:email',
    'read@settings:grants',
  ])
  await expect.poll(() => grantListStatus(readOnlyToken)).toBe(401)
  fs.rmSync(dir, { recursive: true, force: true })
})
