// axe-core scans of every route, in light and dark colour schemes, signed out and signed in.
import type { Page } from '@playwright/test'
import { analyzeAccessibility } from './axe'
import {
  approveInConsentTab,
  clickOpeningTab,
  createMytokenOverHttp,
  expect,
  test,
} from './fixtures'
import { everyRoute } from './routes'
import { createSubtoken } from './stack-api'

// The dark scheme only gives src/styles.css's custom properties other values, so in it only the
// rules that judge colours can find anything new: axe's `cat.color` rules that run by default
// (its third one, color-contrast-enhanced, is AAA and off by default).
const colourRules = ['color-contrast', 'link-in-text-block']

async function expectNoViolations(page: Page, label: string, rules?: string[]) {
  const results = await analyzeAccessibility(page, rules)
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  )
  expect(summary, `${label} has accessibility violations`).toEqual([])
}

/** Every rule in the light scheme, then the colour rules in the dark one; the page stays dark. */
async function expectNoViolationsInBothSchemes(page: Page, label: string) {
  await page.emulateMedia({ colorScheme: 'light' })
  const lightBackground = await backgroundOf(page)
  await expectNoViolations(page, `${label} (light)`)
  await page.emulateMedia({ colorScheme: 'dark' })
  expect(await backgroundOf(page), `${label} turned dark`).not.toBe(lightBackground)
  await expectNoViolations(page, `${label} (dark)`, colourRules)
}

function backgroundOf(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)
}

async function scanRoutes(page: Page, routes: readonly string[], signedIn: boolean) {
  // half the routes of axe scans: more than the default 90 s on a busy 2-core machine
  test.slow()
  for (const route of routes) {
    await page.goto(route)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    if (signedIn) await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()
    // wait until asynchronous parts (discovery, lists) have settled into their final state
    await expect(page.getByRole('status').filter({ hasText: /^(…|Connecting to)/ })).toHaveCount(0)
    await expectNoViolationsInBothSchemes(
      page,
      `${route} (${signedIn ? 'signed in' : 'signed out'})`,
    )
  }
}

// the routes in two halves, one test each, so that the scans run side by side and no test takes
// minutes on a busy machine
const half = Math.ceil(everyRoute.length / 2)
for (const [index, routes] of [everyRoute.slice(0, half), everyRoute.slice(half)].entries()) {
  const part = `routes ${index * half + 1}–${index * half + routes.length}`

  test(`every page is free of axe violations when signed out (light and dark, ${part})`, async ({
    page,
  }) => {
    await scanRoutes(page, routes, false)
  })

  test(`every page is free of axe violations when signed in (light and dark, ${part})`, async ({
    signedInPage: page,
  }) => {
    await scanRoutes(page, routes, true)
  })
}

test('the sign-in progress, its failure message and the German texts are free of axe violations', async ({
  page,
}) => {
  await page.goto('/sign-in')
  const consentTab = await clickOpeningTab(page, page.getByRole('button', { name: /^Sign in/ }))
  await expect(page.getByText('Waiting for you in the other tab')).toBeVisible()
  await expectNoViolations(page, 'sign-in waiting')
  await consentTab.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByRole('button', { name: 'Start again' })).toBeVisible()
  await expectNoViolations(page, 'sign-in failed')
  await page.getByLabel('Language').selectOption('de')
  await expect(page.getByRole('button', { name: 'Neu beginnen' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')
  await expectNoViolations(page, 'sign-in failed (German)')
})

test('Settings, unlocked by keyboard with the SSH grant on and the key form showing an error, is free of axe violations in light and dark, fits 390 px, and in German', async ({
  signedInPage: page,
  user,
}) => {
  test.setTimeout(150_000)
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/settings')
  const unlock = page.getByRole('button', { name: /^Unlock to view and change for 10 minutes/ })
  await unlock.focus()
  const tab = page.context().waitForEvent('page')
  await page.keyboard.press('Enter')
  await approveInConsentTab(await tab, user)
  await expect(page.getByText(/^Unlocked:/)).toBeVisible()
  const sshSwitch = page.getByRole('switch', { name: /SSH grant/ })
  await sshSwitch.focus()
  await page.keyboard.press('Space')
  await expect(page.getByText('SSH grant (access tokens with ssh): on')).toBeVisible()
  const keyField = page.getByRole('textbox', { name: /Public key/ })
  await keyField.focus()
  await page.keyboard.type('ssh-ed25519 not*base64')
  await expect(page.getByText(/key data is damaged/)).toBeVisible()
  await expectNoViolationsInBothSchemes(page, '/settings unlocked')
  const overflow = await page.evaluate(
    () => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth,
  )
  expect(overflow).toBeLessThanOrEqual(0)
  await page.getByLabel('Language').selectOption('de')
  await expect(page.getByRole('heading', { level: 1, name: 'Einstellungen' })).toBeVisible()
  await expect(page.getByRole('switch', { name: /SSH-Grant/ })).toBeChecked()
  await expectNoViolations(page, '/settings unlocked (German)')
})

test('the access token page, used by keyboard only, and its result and refusal are free of axe violations', async ({
  page,
  user,
}) => {
  await page.goto('/access-token')
  // keyboard only: the provider select, the scope boxes, the audience field, Enter submits
  await page.getByLabel('OpenID provider').focus()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('checkbox', { name: 'openid' })).toBeFocused()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('checkbox', { name: 'email' })).toBeFocused()
  await page.keyboard.press('Space')
  await expect(page.getByRole('checkbox', { name: 'email' })).not.toBeChecked()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('Audience (optional)')).toBeFocused()
  await page.keyboard.type('"bad"')
  await page.keyboard.press('Enter')
  await expect(page.getByText(/no quotes, brackets or spaces inside/)).toBeVisible()
  await expect(page.getByLabel('Audience (optional)')).toBeFocused()
  await expectNoViolationsInBothSchemes(page, 'access token bad input')
  await page.keyboard.press('Control+A')
  await page.keyboard.press('Backspace')
  const tab = page.context().waitForEvent('page')
  await page.keyboard.press('Enter')
  await approveInConsentTab(await tab, user)
  const heading = page.getByRole('heading', { name: 'Your access token' })
  await expect(heading).toBeFocused()
  await expectNoViolationsInBothSchemes(page, 'access token result')
  await page.getByLabel('Language').selectOption('de')
  await expect(page.getByRole('heading', { name: 'Ihr Access-Token' })).toBeVisible()
  await expect(page.getByRole('timer')).toHaveText(/^Läuft ab in \d+:\d\d/)
  await expectNoViolations(page, 'access token result (German)')
})

test('the timeline with tokens and sub-tokens, and the unlocked e-mail settings, are free of axe violations in light, dark and German', async ({
  signedInPage: page,
  context,
  user,
}) => {
  const parent = await createMytokenOverHttp(user, {
    name: 'Timeline parent',
    capabilities: ['AT', 'create_mytoken'],
    restrictions: [{ exp: Math.floor(Date.now() / 1000) + 30 * 86400 }],
  })
  await createSubtoken(parent.mytoken!, { name: 'Timeline child', capabilities: ['AT'] })
  await page.goto('/tokens/timeline')
  await expect(page.getByRole('link', { name: 'Timeline child' })).toBeVisible()
  await expectNoViolationsInBothSchemes(page, 'timeline')
  await page.getByLabel('Language').selectOption('de')
  await expect(page.getByRole('heading', { name: 'Zeitleiste meiner Tokens' })).toBeVisible()
  await expect(page.getByText('(Unter-Token von Timeline parent)')).toBeAttached()
  await expectNoViolations(page, 'timeline (German)')
  await page.getByLabel('Sprache').selectOption('en')

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Notifications' })
    .click()
  const tab = context.waitForEvent('page')
  await page.getByRole('button', { name: /^Show and change e-mail settings/ }).click()
  const consentTab = await tab
  await approveInConsentTab(consentTab, user)
  await consentTab.close()
  await expect(page.getByRole('button', { name: 'Lock now' })).toBeVisible()
  await expectNoViolationsInBothSchemes(page, 'unlocked e-mail settings')
})
