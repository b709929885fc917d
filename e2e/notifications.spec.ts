// E-mail notifications against the real server and the real Mailpit: address set and verified
// through the link in the real mail, a subscription to AT_creations mails on use, unsubscribing
// with the management link from the mail stops the mails.
import { stackConfig } from '../stack/config'
import { approveInConsentTab, createAndApprove, expect, sessionTokenOf, test } from './fixtures'
import { finishReveal, mailsTo, obtainAccessToken, waitForMail } from './lifecycle-helpers'
import { introspect, listedTokenNames } from './stack-api'

async function notificationsAtServer(sessionToken: string) {
  const response = await fetch(`${stackConfig.mytoken.issuer}/api/v0/notifications`, {
    headers: { Authorization: `Bearer ${sessionToken}` },
  })
  expect(response.status).toBe(200)
  return (
    (
      (await response.json()) as {
        notifications?: { notification_classes: string[]; subscribed_tokens?: string[] }[]
      }
    ).notifications ?? []
  )
}

test('a user verifies a new address through the real mail, gets an AT_creations mail naming the token, and unsubscribing stops them', async ({
  signedInPage: page,
  context,
  user,
}) => {
  test.setTimeout(240_000)
  // this test subscribes by hand: no expiry mail from the create page (it is on by default)
  await page.goto('/create?preset=toar&name=Mailed%20TOAR%20script')
  await page.getByRole('checkbox', { name: 'E-mail me before this token expires' }).uncheck()
  await createAndApprove(page, user)
  await page.getByRole('button', { name: 'Show' }).click()
  const token = (await page.getByLabel('Your mytoken').textContent()) ?? ''
  expect(token.length).toBeGreaterThan(32)
  await finishReveal(page)

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Notifications' })
    .click()
  await expect(page.getByRole('heading', { name: 'E-mail address' })).toBeVisible()
  // least privilege, checked at the server: the session holds no settings capability at all
  const sessionToken = await sessionTokenOf(page)
  const sessionCapabilities = (await introspect(sessionToken)).token.capabilities ?? []
  expect(sessionCapabilities).toContain('manage_mytokens:notify')
  expect(
    sessionCapabilities.filter((c) => c.startsWith('settings') || c.startsWith('read@settings')),
  ).toEqual([])
  // so the settings are locked until the user approves a step-up token for them
  await expect(page.getByText(/can neither read nor change your e-mail settings/)).toBeVisible()
  await expect(page.getByLabel('New e-mail address')).toHaveCount(0)
  const tab = context.waitForEvent('page')
  await page.getByRole('button', { name: /^Show and change e-mail settings/ }).click()
  const consentTab = await tab
  await approveInConsentTab(consentTab, user)
  await consentTab.close()
  await expect(
    page.getByRole('status').filter({ hasText: 'E-mail settings unlocked' }),
  ).toBeVisible()
  // the step-up token exists at the server, and it holds settings:email only
  const stepUpName = /step-up: e-mail settings/
  expect((await listedTokenNames(sessionToken)).some((n) => stepUpName.test(n))).toBe(true)
  // the provider's verified address is there from the start
  await expect(page.getByText(`${user.username}@test.example`)).toBeVisible()

  // a new address, saved with the same approval (no second consent tab)
  const address = `${user.username}.notify@test.example`
  await page.getByLabel('New e-mail address').fill('not-an-address')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.getByText('Enter an e-mail address like name@example.org.')).toBeVisible()
  await expect(page.getByLabel('New e-mail address')).toHaveValue('not-an-address')
  await page.getByLabel('New e-mail address').fill(address)
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.getByText(`A verification link was sent to ${address}`)).toBeVisible()
  await expect(page.getByText(/not verified yet/)).toBeVisible()

  const verification = await waitForMail(address, /verif/i)
  const link = /https?:\/\/\S+action=verify_email\S*/.exec(verification.text)?.[0]
  expect(link, verification.text).toBeTruthy()
  const linkTab = await context.newPage()
  await linkTab.goto(link!)
  await expect(linkTab.getByText('The email address was successfully verified.')).toBeVisible()
  await linkTab.close()
  await page.getByRole('button', { name: 'Check again' }).click()
  const addressFact = page.getByRole('definition').filter({ hasText: address })
  await expect(addressFact).toContainText('✓ verified')

  // subscribe the token to AT_creations only
  await page.getByLabel('Which tokens').selectOption({ label: 'Mailed TOAR script' })
  await page.getByRole('checkbox', { name: /anything security-related/ }).uncheck()
  await page.getByRole('checkbox', { name: /an access token is obtained/ }).check()
  await page.getByRole('button', { name: 'Subscribe' }).click()
  await expect(page.getByText('Subscribed. The server sent a confirmation mail.')).toBeVisible()
  const atServer = await notificationsAtServer(sessionToken)
  expect(atServer).toHaveLength(1)
  expect(atServer[0]!.notification_classes).toEqual(['AT_creations'])
  await waitForMail(address, /New Mytoken Notification Subscription/)

  // locking revokes the step-up token at the server
  await page.getByRole('button', { name: 'Lock now' }).click()
  await expect(page.getByLabel('New e-mail address')).toHaveCount(0)
  await expect
    .poll(async () => (await listedTokenNames(sessionToken)).some((n) => stepUpName.test(n)))
    .toBe(false)

  await obtainAccessToken(token, 'notified run')
  const notified = await waitForMail(address, /mytoken notification: AT_creations/)
  expect(notified.text).toContain('Mailed TOAR script')

  // the mail's management link, pasted on the app's page for it, shows that subscription and
  // unsubscribes it: what a user does from the mail
  const managementLink = /https?:\/\/\S+\/notifications\/[A-Za-z0-9]{64}/.exec(notified.text)?.[0]
  expect(managementLink, notified.text).toBeTruthy()
  await page.getByRole('link', { name: 'Manage a notification from a link in a mail' }).click()
  const linkField = page.getByLabel('Link or management code from the mail')
  await linkField.fill(managementLink!.slice(0, -1))
  await page.getByRole('button', { name: 'Open', exact: true }).click()
  await expect(page.getByRole('alert')).toContainText('ends in a code of 64 letters and digits')
  await expect(linkField).toHaveAttribute('aria-invalid', 'true')
  await linkField.fill(managementLink!)
  await page.getByRole('button', { name: 'Open', exact: true }).click()
  const managed = page.getByRole('article', { name: /Mailed TOAR script/ })
  await expect(managed).toBeVisible()
  await expect(linkField).toHaveAttribute('aria-invalid', 'false')
  expect(page.url()).not.toContain(managementLink!.split('/').at(-1))
  await managed.getByRole('button', { name: /Unsubscribe/ }).click()
  await expect(
    page.getByRole('status').filter({ hasText: 'This notification sends no more mails.' }),
  ).toBeVisible()
  expect(await notificationsAtServer(sessionToken)).toHaveLength(0)
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Notifications' })
    .click()
  await expect(page.getByText('You have no e-mail notifications yet.')).toBeVisible()
  const before = (await mailsTo(address)).length
  await obtainAccessToken(token, 'not notified run')
  // the server mails within a second (see the AT_creations mail above); give it five
  await new Promise((resolve) => setTimeout(resolve, 5_000))
  expect(await mailsTo(address)).toHaveLength(before)
})

test('signed in, the create and notifications pages log no console error', async ({
  signedInPage: page,
}) => {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.text()} (${message.location().url})`)
  })
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto('/create')
  await expect(
    page.getByRole('checkbox', { name: 'E-mail me before this token expires' }),
  ).toBeVisible()
  await page.goto('/notifications')
  await expect(page.getByRole('button', { name: /^Show and change e-mail settings/ })).toBeVisible()
  await expect(page.getByText('You have no e-mail notifications yet.')).toBeVisible()
  // a later answer would still be logged: back to a page that asks nothing of those routes
  await page.goto('/about')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  expect(errors).toEqual([])
})

test('every character on the notifications page has a glyph in the fonts at hand', async ({
  signedInPage: page,
}) => {
  await page.goto('/notifications')
  await expect(page.getByRole('button', { name: /^Show and change e-mail settings/ })).toBeVisible()
  // a character no font has is drawn as the font's "missing glyph" box, exactly like U+0378
  // (unassigned); decorative text hidden from screen readers is checked too
  const missing = await page.locator('main').evaluate((main) => {
    const found = new Set<string>()
    const canvas = document.createElement('canvas')
    canvas.width = 64
    canvas.height = 64
    const context = canvas.getContext('2d')!
    const draw = (text: string, font: string) => {
      context.clearRect(0, 0, 64, 64)
      context.font = font
      context.textBaseline = 'top'
      context.fillText(text, 4, 4)
      return context.getImageData(0, 0, 64, 64).data.join()
    }
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const style = getComputedStyle(node.parentElement!)
      const font = `${style.fontStyle} ${style.fontWeight} 40px ${style.fontFamily}`
      const box = draw('\u0378', font)
      for (const character of node.textContent ?? '') {
        if (/[\s\x21-\x7e]/.test(character)) continue
        if (draw(character, font) === box) found.add(character)
      }
    }
    return [...found].map((c) => `${c} U+${c.codePointAt(0)!.toString(16).toUpperCase()}`)
  })
  expect(missing).toEqual([])
})
