import type { Page } from '@playwright/test'
import { analyzeAccessibility } from './axe'
import {
  approveInConsentTab,
  clickOpeningTab,
  consentPageReady,
  createAndApprove,
  expect,
  test,
} from './fixtures'
import { exchangeTransferCode, getAccessToken, introspect } from './stack-api'

const DAY = 86400
const now = () => Math.floor(Date.now() / 1000)

async function expectNoAxeViolations(page: Page) {
  const { violations } = await analyzeAccessibility(page)
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`)).toEqual([])
}

/** Everything the browser keeps for this origin, as one string. */
async function everythingStored(page: Page): Promise<string> {
  const inPage = await page.evaluate(async () => {
    const dump: unknown[] = [location.href]
    for (const storage of [localStorage, sessionStorage])
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i) ?? ''
        dump.push(key, storage.getItem(key))
      }
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(info.name!)
        open.onsuccess = () => resolve(open.result)
        open.onerror = () => reject(open.error)
      })
      for (const store of Array.from(db.objectStoreNames)) {
        const all = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAll()
          request.onsuccess = () => resolve(request.result)
          request.onerror = () => reject(request.error)
        })
        dump.push(info.name, store, all)
      }
      db.close()
    }
    return JSON.stringify(dump)
  })
  const cookies = await page.context().cookies()
  return inPage + JSON.stringify(cookies) + page.url()
}

declare global {
  interface Window {
    buttonPlaces?: string[]
  }
}

/**
 * Records, after every change of the page, where the button named `name` is in the document (and
 * whether it is a new element) until the first press anywhere: `window.buttonPlaces`.
 */
async function recordButtonPlaces(page: Page, name: string) {
  await page.addInitScript((name) => {
    const places: string[] = (window.buttonPlaces = [])
    const nodes: Element[] = []
    let pressed = false
    addEventListener('pointerdown', () => (pressed = true), { capture: true })
    new MutationObserver(() => {
      if (pressed) return
      const button = Array.from(document.querySelectorAll('button')).find(
        (b) => b.textContent === name,
      )
      if (!button) return
      if (!nodes.includes(button)) nodes.push(button)
      const place = `element ${nodes.indexOf(button) + 1} at y=${button.getBoundingClientRect().top + scrollY}`
      if (places.at(-1) !== place) places.push(place)
    }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true })
  }, name)
}

test('a signed-in user creates a TOAR token, copies it, and it works outside the browser exactly as chosen', async ({
  signedInPage: page,
  context,
  user,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/')
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Create a token' })
    .click()

  await page.getByLabel('TOAR / data access script').check()
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('TOAR data access')
  // Change the expiry (the preset says 30 days) and the budget; let it also introspect itself.
  await page.getByRole('textbox', { name: 'Expires' }).fill('+10d12h')
  await page.getByRole('textbox', { name: 'Access-token uses' }).fill('25')
  await page.getByRole('checkbox', { name: /tokeninfo:introspect/ }).check()
  await expect(page.getByText('No risks found')).toBeVisible()
  await page.getByText('Request sent to the server (read-only)').click()
  await expect(page.getByLabel('JSON request')).toContainText('"usages_AT": 25')
  await expectNoAxeViolations(page)

  const before = now()
  await createAndApprove(page, user)
  const after = now()

  // The reveal shows what the server returned.
  await expect(page.getByText('AT, tokeninfo:introspect')).toBeVisible()
  await expect(page.getByText(/scopes: .*eduperson_unique_id/)).toContainText(
    'At most 25 access tokens.',
  )
  await expectNoAxeViolations(page)

  // Testing it in the page uses one access-token use.
  await page.getByRole('button', { name: 'Obtain a test access token' }).click()
  await expect(page.getByText(/It works: the server issued an access token/)).toBeVisible()

  await page.getByRole('button', { name: 'Copy', exact: true }).click()
  await expect(page.getByText('Copied to the clipboard.')).toBeVisible()
  const token = await page.evaluate(() => navigator.clipboard.readText())
  expect(token.length).toBeGreaterThan(32)

  // Outside the browser: obtain an access token, then introspect.
  const accessToken = await getAccessToken(token)
  expect(accessToken.accessToken.length).toBeGreaterThan(0)
  expect(accessToken.scope?.split(' ')).toEqual(
    expect.arrayContaining(['eduperson_unique_id', 'email', 'profile']),
  )
  const info = await introspect(token)
  expect(info.valid).toBe(true)
  expect(info.token.name).toBe('TOAR data access')
  expect([...(info.token.capabilities ?? [])].sort()).toEqual(['AT', 'tokeninfo:introspect'])
  expect(info.token.restrictions).toHaveLength(1)
  const clause = info.token.restrictions![0]!
  expect(clause.scope?.split(' ').sort()).toEqual(['eduperson_unique_id', 'email', 'profile'])
  expect(clause.exp).toBeGreaterThanOrEqual(before + 10 * DAY + 12 * 3600)
  expect(clause.exp).toBeLessThanOrEqual(after + 10 * DAY + 12 * 3600)
  expect(clause.usages_AT).toBe(25)
  expect(clause.usages_AT_done).toBe(2)
  // rotation is off (the request says so explicitly; the server keeps an empty rotation object)
  expect(info.token.rotation?.on_AT ?? false).toBe(false)
  expect(info.token.rotation?.on_other ?? false).toBe(false)

  // Confirmed: leaving does not ask.
  await page.getByRole('checkbox', { name: 'I have stored the token safely' }).check()
  await page.getByRole('button', { name: 'Done — go to my tokens' }).click()
  await expect(page).toHaveURL(/\/tokens$/)
  expect(await everythingStored(page)).not.toContain(token)
})

test('leaving the reveal page unconfirmed asks first, and afterwards the token is stored nowhere', async ({
  signedInPage: page,
  user,
}) => {
  await page.goto('/create?preset=info&name=Leave%20test')
  await createAndApprove(page, user)
  await page.getByRole('button', { name: 'Show' }).click()
  const token = (await page.getByLabel('Your mytoken').textContent()) ?? ''
  expect(token.length).toBeGreaterThan(32)

  // Download as a file: the exact token, named after the token.
  const downloadPromise = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download as a file' }).click()
  const download = await downloadPromise
  expect(download.suggestedFilename()).toBe('mytoken-leave-test.txt')
  const chunks: Buffer[] = []
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer)
  expect(Buffer.concat(chunks).toString('utf8').trim()).toBe(token)
  await expect(page.getByText('Saved as mytoken-leave-test.txt.')).toBeVisible()

  // A transfer code on request; exchanging it at the server gives this very token.
  await page.getByRole('button', { name: 'Get a transfer code' }).click()
  const transferBox = page.getByLabel(/^Transfer code \(valid for \d+ minutes\)$/)
  await expect(transferBox).toContainText('hidden')
  await page.getByRole('button', { name: 'Show' }).last().click()
  const transferCode = ((await transferBox.textContent()) ?? '').trim()
  expect(transferCode.length).toBeGreaterThan(4)
  const exchanged = await exchangeTransferCode(transferCode)
  expect(exchanged.mytoken).toBe(token)

  await page.emulateMedia({ colorScheme: 'dark' })
  await expectNoAxeViolations(page)

  // In-app navigation: the app's own dialog.
  await page.getByRole('navigation').getByRole('link', { name: 'My tokens' }).click()
  const dialog = page.getByRole('dialog', { name: 'Leave without storing the token?' })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Stay here' }).click()
  await expect(dialog).toBeHidden()
  await expect(page).toHaveURL(/\/create/)
  await expect(page.getByLabel('Your mytoken')).toHaveText(token)

  // Reload: the browser's beforeunload dialog; dismissing it keeps the page.
  const beforeUnload = page.waitForEvent('dialog')
  const reload = page.reload().catch(() => undefined)
  const browserDialog = await beforeUnload
  expect(browserDialog.type()).toBe('beforeunload')
  await browserDialog.dismiss()
  await expect(page.getByLabel('Your mytoken')).toHaveText(token)

  // Signing out does not take the unstored token away without asking either.
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Stay here' }).click()
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible()
  await expect(page.getByLabel('Your mytoken')).toHaveText(token)

  // Leaving anyway drops the token.
  await page.getByRole('navigation').getByRole('link', { name: 'My tokens' }).click()
  await dialog.getByRole('button', { name: 'Leave anyway' }).click()
  await expect(page).toHaveURL(/\/tokens$/)
  void reload
  expect(await everythingStored(page)).not.toContain(token)
})

test('a request the server rejects shows its reason next to the form and keeps every input', async ({
  signedInPage: page,
}) => {
  // A docs link may name a server profile that does not exist on this instance.
  await page.goto('/create?preset=toar&include=no-such-profile&name=Kept%20name')
  await page.getByRole('textbox', { name: 'Access-token uses' }).fill('7')
  await page.getByRole('button', { name: 'Create token' }).click()

  await expect(
    page.getByText(
      /The server did not accept these settings: unknown include name: 'no-such-profile'/,
    ),
  ).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('Kept name')
  await expect(page.getByRole('textbox', { name: 'Access-token uses' })).toHaveValue('7')
  await expect(page.getByRole('textbox', { name: 'Expires' })).toHaveValue('+30d')

  // Removing the unknown profile lets the request through to the consent page.
  await page.getByRole('button', { name: 'Do not include it' }).click()
  const tab = await clickOpeningTab(page, page.getByRole('button', { name: 'Create token' }))
  await tab.waitForURL(/\/c\//)
  await expect(page.getByText('Waiting for you in the other tab')).toBeVisible()
})

test('"Create token" stays where it appeared until it is pressed, so a press is a click', async ({
  signedInPage: page,
}) => {
  // A press is no click when the button moves away before the release: the release lands beside
  // it. The calendar choice just above the button used to arrive after it and push it down.
  await recordButtonPlaces(page, 'Create token')
  await page.goto('/create?preset=toar&name=Steady%20button')
  const tab = await clickOpeningTab(page, page.getByRole('button', { name: 'Create token' }))
  await tab.waitForURL(/\/c\//)
  await expect(
    page.getByText('To put expiry dates into your calendar app, create a calendar'),
  ).toBeVisible()
  const places = (await page.evaluate(() => window.buttonPlaces)) ?? []
  expect(places).toEqual([places[0]])
})

test('cancelling on the consent page gives a clear message and keeps the form', async ({
  signedInPage: page,
}) => {
  await page.goto('/create?preset=compute&name=Cancelled%20job')
  await page.getByRole('textbox', { name: 'Expires' }).fill('+3d')
  const tab = await clickOpeningTab(page, page.getByRole('button', { name: 'Create token' }))
  await tab.waitForURL(/\/c\//)
  await tab.getByRole('button', { name: 'Cancel' }).click()

  await expect(
    page.getByText('You cancelled on the consent page, so nothing was created.'),
  ).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('Cancelled job')
  await expect(page.getByRole('textbox', { name: 'Expires' })).toHaveValue('+3d')
  await expect(page.getByRole('button', { name: 'Create token' })).toBeEnabled()
})

test('a polling code that expires before approval gives a clear message and keeps the form', async ({
  signedInPage: page,
}) => {
  await page.clock.install()
  await page.goto('/create?preset=toar&name=Slow%20approval')
  await page.getByRole('textbox', { name: 'Access-token uses' }).fill('12')
  const tab = await clickOpeningTab(page, page.getByRole('button', { name: 'Create token' }))
  await expect(page.getByText('Waiting for you in the other tab')).toBeVisible()

  await page.clock.fastForward('05:10')
  await expect(page.getByText(/The request expired before it was approved/)).toBeVisible()
  await tab.close()
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('Slow approval')
  await expect(page.getByRole('textbox', { name: 'Access-token uses' })).toHaveValue('12')
})

test('when the network fails during polling, the page says so, keeps trying and finishes', async ({
  signedInPage: page,
  context,
  user,
}) => {
  test.setTimeout(150_000)
  await page.goto('/create?preset=toar&name=Flaky%20network&exp=%2B2d')
  const tab = await clickOpeningTab(page, page.getByRole('button', { name: 'Create token' }))
  await expect(page.getByText('Waiting for you in the other tab')).toBeVisible()
  // The outage takes the whole browser offline, the consent tab too: it starts once that tab has
  // loaded its scripts and its own discovery request, as by the time a user looks at it (offline
  // while it was still loading, the consent page had no scripts and "Continue" did nothing).
  await tab.waitForURL(/\/c\//)
  await consentPageReady(tab)

  await context.setOffline(true)
  await expect(
    page.getByText('The connection to the server is interrupted. Still trying…'),
  ).toBeVisible()
  await context.setOffline(false)

  await approveInConsentTab(tab, user)
  await expect(page.getByText('Your mytoken is ready — store it now')).toBeVisible({
    timeout: 60_000,
  })
  await expect(page.getByText('Flaky network')).toBeVisible()
})

test('links prefill the form, server profiles are offered, and bad input is caught next to the field', async ({
  signedInPage: page,
  context,
}) => {
  // The link "My tokens" uses for "create a token like this one".
  await page.goto('/create?name=Renewed%20script&exp=%2B86400s&mytoken=pasted-by-mistake')
  // A token in a link is neither read nor kept in the address bar.
  await expect(page).toHaveURL(/\/create\?name=Renewed\+script&exp=%2B86400s$/)
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('Renewed script')
  const expires = page.getByRole('textbox', { name: 'Expires' })
  await expect(expires).toHaveValue('+86400s')
  await expect(page.getByText(/That is .*\(tomorrow\)/)).toBeVisible()

  // A server profile fills the form with its settings.
  await page.getByLabel('Server profile “web-default”').check()
  await expect(page.getByRole('textbox', { name: 'Access-token uses' })).toHaveValue('15')
  await page.getByText('More restrictions (place, audiences, other uses)').click()
  await expect(page.getByRole('textbox', { name: 'Hosts' })).toHaveValue('this')
  await expect(page.getByText(/binds the token to the IP address/)).toBeVisible()
  await expect(expires).toHaveValue(/^\+1[12]h/)

  // An expiry in the past is blocked here, next to the field; no consent tab opens.
  let tabs = 0
  context.on('page', () => (tabs += 1))
  await expires.fill('2020-01-01 00:00')
  await page.getByRole('textbox', { name: 'Access-token uses' }).fill('0')
  await page.getByRole('button', { name: 'Create token' }).click()
  await expect(page.getByText('The expiry must be in the future.')).toBeVisible()
  await expect(expires).toHaveAttribute('aria-invalid', 'true')
  await expect(
    page.getByRole('textbox', { name: 'Access-token uses' }),
  ).toHaveAccessibleDescription(/Use a positive whole number/)
  await expect(expires).toHaveValue('2020-01-01 00:00')
  expect(tabs).toBe(0)

  // The one-click fix of a risk changes the form.
  await expires.fill('')
  await page.getByRole('button', { name: 'Let it expire in 30 days' }).click()
  await expect(expires).toHaveValue('+30d')
})

test('denying access at the provider gives a clear message and keeps the form', async ({
  signedInPage: page,
  user,
}) => {
  await page.goto('/create?preset=toar&name=Denied%20at%20provider&usages_AT=9')
  await approveInConsentTab(
    await clickOpeningTab(page, page.getByRole('button', { name: 'Create token' })),
    user,
    { onProviderConsent: 'deny' },
  )
  await expect(page.getByText(/declined or interrupted/)).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('Denied at provider')
  await expect(page.getByRole('textbox', { name: 'Access-token uses' })).toHaveValue('9')
})

test('the page speaks German and stays accessible in the dark colour scheme', async ({
  signedInPage: page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto('/create?preset=toar')
  // the prerendered page's controls work once it is hydrated
  await expect(page.locator('.shell-pending')).toHaveCount(0)
  await page.getByLabel('Language').selectOption('de')
  await expect(page.getByRole('heading', { level: 1, name: 'Ein mytoken erstellen' })).toBeVisible()
  await expect(page.getByLabel('TOAR / Skript für Datenzugriff')).toBeChecked()
  await page.getByRole('textbox', { name: 'Läuft ab' }).fill('gestern')
  await page.getByRole('button', { name: 'Token erstellen' }).click()
  await expect(page.getByText(/Diese Zeitangabe versteht die Seite nicht/)).toBeVisible()
  await page.getByText('Weitere Einschränkungen (Ort, Zielgruppen, andere Nutzungen)').click()
  await page.getByText('Rotation (erweitert)').click()
  await expectNoAxeViolations(page)
})
