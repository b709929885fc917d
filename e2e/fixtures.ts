import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test'
import { SESSION_STORAGE_KEY } from '../src/lib/mytoken/browser-state/stored-session'
import { stackConfig, testUserPassword, testUserPrefix } from '../stack/config'
import { oidcFlowOverHttp, signInOverHttp } from './session-over-http'
import { pollOidcFlow, startOidcFlow, type MytokenAnswer } from './stack-api'
import { test as base } from './stack-health'

export interface TestUser {
  username: string
  password: string
  name: string
}

/** Waits until the mytoken server's consent page has its discovery document (sessionStorage). */
export async function consentPageReady(consentTab: Page) {
  await consentTab.waitForFunction(() => sessionStorage.getItem('discovery') !== null, undefined, {
    polling: 50,
  })
}

/** Drives the pages the consent tab shows: mytoken's consent page, then the provider's forms. */
export async function approveInConsentTab(
  consentTab: Page,
  user: TestUser,
  options: {
    onProviderConsent?: 'allow' | 'deny'
    alreadyOnConsentPage?: boolean
    /** called right before the click on Allow / Deny (benchmarks start their clock there) */
    beforeDecision?: () => void | Promise<void>
  } = {},
) {
  if (!options.alreadyOnConsentPage) await consentTab.waitForURL(/\/c\//)
  // The consent page builds the request it sends on "Continue" only after its own discovery
  // request has answered; a click before that sends nothing and the tab stays where it is. The
  // answer's handler keeps it in the tab's sessionStorage and builds the form in the same task.
  await consentPageReady(consentTab)
  await consentTab.getByRole('button', { name: 'Continue' }).click()
  await consentTab
    .waitForURL((url) => url.origin === stackConfig.provider.issuer, { timeout: 30_000 })
    .catch(async (error: unknown) => {
      const refusal = await consentTab.locator('#error-modal-msg').textContent()
      throw new Error(
        `"Continue" on the consent page did not lead to the provider` +
          (refusal ? `; the page says: ${refusal}` : ''),
        { cause: error },
      )
    })
  // The provider may skip the login form when it still has a session for this browser.
  const username = consentTab.getByLabel('Username')
  if (await username.isVisible().catch(() => false)) {
    await username.fill(user.username)
    await consentTab.getByLabel('Password').fill(user.password)
    await consentTab.getByRole('button', { name: 'Sign in' }).click()
  }
  const decision = options.onProviderConsent ?? 'allow'
  const button = consentTab.getByRole('button', { name: decision === 'allow' ? 'Allow' : 'Deny' })
  await button.waitFor()
  await options.beforeDecision?.()
  await button.click()
}

/**
 * Watches the mouse events around `trigger` until `missedClick` is asked: a press and release
 * that give it no click (it moved or was replaced in between) are named there.
 */
async function watchPress(trigger: Locator) {
  // methods, not named function values: scripts run by tsx (bench/) wrap those in a helper the
  // page does not have
  const watch = await trigger.evaluateHandle((target) => {
    const watcher = {
      types: ['mousedown', 'mouseup', 'click'],
      seen: [] as string[],
      clicked: false,
      name(node: EventTarget | null): string {
        if (node === target) return 'it'
        return node instanceof Element
          ? [node.tagName.toLowerCase(), ...Array.from(node.classList)].join('.')
          : String(node)
      },
      // a click on a new element with the same text (the old one re-rendered as new) counts
      isTarget(node: EventTarget | null): boolean {
        const hit = node instanceof Element ? node.closest('button, a') : null
        return hit === target || hit?.textContent === target.textContent
      },
      handleEvent(event: Event) {
        if (event.type === 'click' && this.isTarget(event.target)) this.clicked = true
        const top = target.isConnected ? target.getBoundingClientRect().top + scrollY : undefined
        const where = top === undefined ? 'removed' : `at y=${top}`
        this.seen.push(`${event.type} on ${this.name(event.target)} (it ${where})`)
      },
      missedClick(): string | undefined {
        for (const type of this.types) removeEventListener(type, this, { capture: true })
        return this.clicked ? undefined : `the press gave it no click: ${this.seen.join(', ')}`
      },
    }
    for (const type of watcher.types) addEventListener(type, watcher, { capture: true })
    return watcher
  })
  return {
    missedClick: () => watch.evaluate((w) => w.missedClick()).finally(() => watch.dispose()),
  }
}

/** Clicks `trigger` and returns the tab that the click opens (the consent flow's tab). */
export async function clickOpeningTab(page: Page, trigger: Locator): Promise<Page> {
  const opened = page.context().waitForEvent('page')
  const press = await watchPress(trigger)
  await trigger.click()
  const missed = await press.missedClick()
  if (missed) {
    void opened.catch(() => undefined)
    throw new Error(`${trigger.toString()}: ${missed}`)
  }
  return opened
}

/**
 * Opens a page and waits until the app has hydrated its prerendered markup: text typed into the
 * prerendered fields before that is not kept yet (see the README's "Prerendered pages").
 */
export async function gotoHydrated(page: Page, path: string) {
  await page.goto(path)
  await expect(page.locator('html[data-app-hydrated]')).toBeAttached()
}

/** Signs in through the app's real flow: consent page, provider login form, polling. */
export async function signInThroughUi(page: Page, user: TestUser) {
  await page.goto('/sign-in')
  const consentTab = await clickOpeningTab(page, page.getByRole('button', { name: /^Sign in/ }))
  await approveInConsentTab(consentTab, user)
  await expect(consentTab.getByText(/success/i).first()).toBeVisible()
  await consentTab.close()
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()
}

/** After "Your session has ended": signs in again right there, through the notice's button. */
export async function signInAgainInPlace(page: Page, user: TestUser) {
  const tab = page.context().waitForEvent('page')
  await page.getByRole('button', { name: 'Sign in again' }).click()
  await page
    .getByRole('button', { name: /^Sign in –/ })
    .first()
    .click()
  await approveInConsentTab(await tab, user)
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()
}

/** Submits the create form and approves on the real consent page and provider; returns at the reveal. */
export async function createAndApprove(page: Page, user: TestUser) {
  const tab = await clickOpeningTab(page, page.getByRole('button', { name: 'Create token' }))
  await approveInConsentTab(tab, user)
  await expect(page.getByText('Your mytoken is ready — store it now')).toBeVisible()
  await tab.close()
}

/** Reads the session token the app keeps in this tab's sessionStorage (test-only inspection). */
export async function sessionTokenOf(page: Page): Promise<string> {
  const raw = await page.evaluate((key) => sessionStorage.getItem(key), SESSION_STORAGE_KEY)
  if (!raw) throw new Error('no session in sessionStorage')
  return (JSON.parse(raw) as { token: string }).token
}

/**
 * Creates a mytoken outside the app, the way any API client does: start `oidc_flow` from the
 * test process, approve the consent and provider pages in a browser tab as `user`, then poll.
 */
export async function createMytokenViaApi(
  context: BrowserContext,
  user: TestUser,
  spec: Record<string, unknown> = {},
): Promise<MytokenAnswer> {
  const started = await startOidcFlow({
    oidc_issuer: stackConfig.provider.issuer,
    application_name: 'e2e test',
    ...spec,
  })
  const tab = await context.newPage()
  await tab.goto(started.consentUri)
  await approveInConsentTab(tab, user)
  await tab.waitForURL(/\/native/)
  await tab.close()
  const deadline = Date.now() + 60_000
  for (;;) {
    const created = await pollOidcFlow(started.pollingCode)
    if (created) return created
    if (Date.now() > deadline) throw new Error('the flow was still pending after 60 s')
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

/**
 * The same as `createMytokenViaApi`, with the consent page and the provider's forms approved over
 * plain HTTP (see session-over-http.ts) instead of in a browser tab: well under a second.
 */
export async function createMytokenOverHttp(
  user: TestUser,
  spec: Record<string, unknown> = {},
): Promise<MytokenAnswer> {
  const { answer } = await oidcFlowOverHttp(
    { oidc_issuer: stackConfig.provider.issuer, application_name: 'e2e test', ...spec },
    user,
  )
  return answer
}

/** The nonce of a response's CSP (the same in script-src and style-src). */
export function cspNonce(csp: string): string {
  const nonces = [...csp.matchAll(/'nonce-([^']+)'/g)].map((match) => match[1]!)
  expect(nonces, csp).toHaveLength(2)
  expect(nonces[1]).toBe(nonces[0])
  return nonces[0]!
}

/** The sessionStorage entry by which the `signedIn` fixture writes its state into a tab once. */
const SIGNED_IN_BY_FIXTURE = 'e2e.signed-in-by-fixture'

/** The keys the app keeps in this tab's sessionStorage (without the `signedIn` fixture's marker). */
export async function appSessionStorageKeys(page: Page): Promise<string[]> {
  const keys = await page.evaluate(() => Object.keys(sessionStorage))
  return keys.filter((key) => key !== SIGNED_IN_BY_FIXTURE)
}

/** A page about to load the app signed in (see `signedInPage`), and its session token. */
export interface SignedIn {
  page: Page
  /** the session token, for checks at the server (never handed to the app another way) */
  sessionToken: string
}

export const test = base.extend<{ user: TestUser; signedIn: SignedIn; signedInPage: Page }>({
  // Every test signs in as a user of its own, so tests never see each other's tokens.
  user: async ({}, use, testInfo) => {
    const suffix = `${testInfo.workerIndex}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`
    const username = `${testUserPrefix}${suffix}`
    await use({ username, password: testUserPassword, name: `Test User ${suffix}` })
  },
  // The test's user signed in through the app's real flow (its own session request, the real
  // consent page and provider, polling), driven over HTTP instead of by clicks; the page then
  // starts as a tab does right after that sign-in: the session and the header's name in its
  // sessionStorage, the provider's session in the browser's cookies. The sign-in specs keep
  // signing in through the UI.
  signedIn: async ({ page, context, user }, use) => {
    const state = await signInOverHttp(user)
    await context.addCookies(state.cookies)
    // Written once, into the app's origin only, before the app's first script runs: a reload
    // after signing out must find the tab signed out, as it would after a real sign-in.
    await page.addInitScript(
      ({ origin, marker, session, local }) => {
        if (location.origin !== origin || sessionStorage.getItem(marker)) return
        sessionStorage.setItem(marker, '1')
        for (const [key, value] of session) sessionStorage.setItem(key, value)
        for (const [key, value] of local) localStorage.setItem(key, value)
      },
      {
        origin: stackConfig.app.previewOrigin,
        marker: SIGNED_IN_BY_FIXTURE,
        session: state.sessionStorage,
        local: state.localStorage,
      },
    )
    await use({ page, sessionToken: state.token })
  },
  signedInPage: async ({ signedIn }, use) => {
    await use(signedIn.page)
  },
})

export { expect }
