// The core journeys in Firefox and WebKit (the projects `firefox` and `webkit` of
// playwright.config.ts): Playwright's runner, stack and reports, with the browser driven by the
// engine's own automation (./drivers.ts). Server truth by plain HTTP, as in the Chromium suite.
import { test as base, expect } from '@playwright/test'
import type { EngineOptions } from '../../playwright.config'
import { SESSION_STORAGE_KEY } from '../../src/lib/mytoken/browser-state/stored-session'
import { testUserPassword, testUserPrefix } from '../../stack/config'
import { readCrashNotice } from '../../stack/crash-notice'
import type { TestUser } from '../fixtures'
import { createMytokenOverHttp } from '../fixtures'
import { everyRoute } from '../routes'
import { signInOverHttp } from '../session-over-http'
import { canObtainAccessToken, isTokenValid, listedTokenNames } from '../stack-api'
import {
  button,
  labelled,
  link,
  startEngine,
  withText,
  type Engine,
  type EngineSession,
  type Tab,
} from './drivers'

const test = base.extend<
  { user: TestUser; session: EngineSession },
  EngineOptions & { running: Engine }
>({
  engine: ['firefox', { option: true, scope: 'worker' }],
  running: [
    async ({ engine }, use) => {
      const running = await startEngine(engine)
      await use(running)
      await running.stop()
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  user: async ({}, use, testInfo) => {
    const suffix = `${testInfo.project.name}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`
    await use({
      username: `${testUserPrefix}${suffix}`,
      password: testUserPassword,
      name: `Test User ${suffix}`,
    })
  },
  session: async ({ running }, use, testInfo) => {
    const notice = readCrashNotice()
    if (notice) throw new Error(`a service of the local stack died:\n${notice}`)
    const session = await running.newSession()
    await use(session)
    if (testInfo.status !== testInfo.expectedStatus) {
      const body = await session.tab.screenshot().catch(() => undefined)
      if (body)
        await testInfo.attach('screenshot', { body: Buffer.from(body), contentType: 'image/png' })
    }
    await session.end()
  },
})

// one browser per engine, its tests one after another
test.describe.configure({ mode: 'default' })

/** Puts `user`'s session into the tab as a sign-in leaves it (see e2e/fixtures.ts). */
async function startSignedIn(tab: Tab, user: TestUser) {
  const state = await signInOverHttp(user)
  await tab.goto('/no-such-page')
  await tab.evaluate(
    `for (const [k, v] of args[0]) sessionStorage.setItem(k, v)
     for (const [k, v] of args[1]) localStorage.setItem(k, v)`,
    state.sessionStorage,
    state.localStorage,
  )
  return state
}

async function gotoHydrated(tab: Tab, path: string) {
  await tab.goto(path)
  await tab.waitFor('html[data-app-hydrated]')
}

/**
 * Where the text of the legend `name` is laid out and where the element after it (the first
 * field) begins, the legend scrolled into view.
 */
function legendAndFirstField(tab: Tab, name: string) {
  return tab.evaluate<{ text: { top: number; bottom: number }; firstTop: number } | null>(
    `const legend = [...document.querySelectorAll('legend')].find((l) => l.textContent.trim() === args[0])
     if (!legend) return null
     legend.scrollIntoView()
     const range = document.createRange()
     range.selectNodeContents(legend)
     const text = range.getBoundingClientRect()
     return { text: { top: text.top, bottom: text.bottom }, firstTop: legend.nextElementSibling.getBoundingClientRect().top }`,
    name,
  )
}

/** Controls of the create form's lazily drawn sections (below its first two), by role and name. */
const lowerControls: [role: string, name: string][] = [
  ['group', 'Capabilities: what the token may do'],
  ['checkbox', 'E-mail me before this token expires'],
  ['button', 'Create token'],
]

test('the create form: legends above their fields, every control in the accessibility tree, "Create token" clickable at once', async ({
  session,
  user,
}) => {
  const { tab } = session
  await startSignedIn(tab, user)
  await gotoHydrated(tab, '/create')
  await tab.waitForExist(button('Create token'))
  // as a screen reader finds them, with the page at its top
  for (const [role, name] of lowerControls) {
    expect(await tab.hasAccessible(role, name), `${role} "${name}"`).toBe(true)
  }
  for (const legend of ['Capabilities: what the token may do', 'Reminders']) {
    const boxes = await legendAndFirstField(tab, legend)
    expect(boxes, legend).not.toBeNull()
    expect(boxes!.text.bottom, `"${legend}" ends above its first field`).toBeLessThanOrEqual(
      boxes!.firstTop,
    )
  }
  await tab.evaluate('scrollTo(0, 0)')
  const consentTab = await session.openedBy(() => tab.click(button('Create token')))
  await consentTab.waitForExist(withText('Continue'))
})

test('every route hydrates without a console error, signed out', async ({ session }) => {
  const { tab } = session
  for (const path of everyRoute) {
    await gotoHydrated(tab, path)
    await tab.waitFor('h1')
    expect(await tab.takeConsoleProblems(), path).toEqual([])
  }
})

/**
 * The mytoken server's consent page, then the provider's login and consent forms, in the tab the
 * app opened. "Continue" sends nothing until the page's own discovery request has answered.
 */
async function approveInConsentTab(consentTab: Tab, user: TestUser) {
  await consentTab.waitFor(button('Continue'))
  await consentTab.waitUntil(
    `return document.readyState === 'complete' && window.jQuery?.active === 0 &&
      typeof storageGet === 'function' && storageGet('discovery')`,
  )
  await consentTab.click(button('Continue'))
  // the provider skips its login form while it has a session for this browser
  await consentTab.waitFor(`(${labelled('Username')} | ${button('Allow')})`)
  if ((await consentTab.count(labelled('Username'))) > 0) {
    await consentTab.fill(labelled('Username'), user.username)
    await consentTab.fill(labelled('Password'), user.password)
    await consentTab.click(button('Sign in'))
  }
  await consentTab.click(button('Allow'))
}

/** The session token the tab holds (test-only inspection, for checks at the server). */
async function sessionTokenOf(tab: Tab): Promise<string> {
  const raw = await tab.evaluate<string | null>(
    `return sessionStorage.getItem(args[0])`,
    SESSION_STORAGE_KEY,
  )
  if (!raw) throw new Error('no session in sessionStorage')
  return (JSON.parse(raw) as { token: string }).token
}

test('a new user signs in through the consent tab, creates a TOAR token, lists and revokes it, and signs out', async ({
  session,
  user,
}) => {
  const { tab } = session
  await gotoHydrated(tab, '/sign-in')
  // the consent tab opens from the click, past the engine's pop-up blocker
  const signInTab = await session.openedBy(() => tab.click(button('Sign in', { prefix: true })))
  await approveInConsentTab(signInTab, user)
  await signInTab.waitFor(withText('Success!'))
  await signInTab.close()
  await tab.waitFor(button('Sign out'))
  // The header's name comes from the provider's silent sign-in in a hidden frame, which
  // oidc-client-ts ends by sending the frame to about:blank. Firefox's remote agent reports a
  // navigation of the tab as aborted (NS_BINDING_ABORTED) when that happens during it, though
  // the tab arrives: the journey goes on once the name is shown and the frame is gone.
  await tab.waitFor(link(`Signed in as ${user.name}`))
  await tab.waitForNone('iframe')
  const sessionToken = await sessionTokenOf(tab)
  expect(await isTokenValid(sessionToken)).toBe(true)

  // every route, signed in
  for (const path of everyRoute) {
    await gotoHydrated(tab, path)
    await tab.waitFor('h1')
    expect(await tab.takeConsoleProblems(), path).toEqual([])
  }

  await gotoHydrated(tab, '/create')
  await tab.click(labelled('TOAR / data access script'))
  await tab.waitUntil(
    `return document.querySelector('input[name="name"]')?.value === 'TOAR data access'`,
  )
  const createTab = await session.openedBy(() => tab.click(button('Create token')))
  await approveInConsentTab(createTab, user)
  await tab.waitFor(withText('Your mytoken is ready — store it now'))
  await createTab.close()

  // the reveal: the token, copied and shown
  await tab.click(button('Copy'))
  await tab.waitFor(withText('Copied to the clipboard.'))
  await tab.click(button('Show'))
  const token = await tab.evaluate<string>(
    `return document.querySelector('[data-testid="revealed-token"]').textContent`,
  )
  // at the server: it obtains access tokens, and the user's list holds it
  expect(await canObtainAccessToken(token)).toBe(true)
  expect(await listedTokenNames(sessionToken)).toContain('TOAR data access')

  await tab.click(labelled('I have stored the token safely'))
  await tab.click(button('Done — go to my tokens'))
  await tab.waitFor(button('Revoke TOAR data access'))
  await tab.click(button('Revoke TOAR data access'))
  await tab.click(button('Revoke', { within: '//dialog' }))
  await tab.waitFor(withText('Revoked: TOAR data access'))
  expect(await isTokenValid(token)).toBe(false)
  expect(await listedTokenNames(sessionToken)).not.toContain('TOAR data access')

  await tab.click(button('Close', { within: '//dialog' }))
  await tab.click(button('Sign out'))
  await tab.waitFor(link('Sign in'))
  expect(await tab.evaluate<number>('return sessionStorage.length')).toBe(0)
  expect(await isTokenValid(sessionToken)).toBe(false)
})

test('token info without signing in: a pasted token is inspected and revoked', async ({
  session,
  user,
}) => {
  const { tab } = session
  const { mytoken: token } = await createMytokenOverHttp(user, {
    name: 'notebook token',
    capabilities: ['AT', 'tokeninfo'],
  })
  await gotoHydrated(tab, '/token-info')
  await tab.waitFor(link('Sign in'))
  await tab.fill(labelled('Paste a mytoken'), token!)
  await tab.click(button('Inspect'))
  await tab.waitFor(withText('notebook token'))
  await tab.click(button('Revoke this token…'))
  await tab.click(button('Revoke', { within: '//dialog' }))
  await tab.waitFor(withText('You revoked this token. The server no longer accepts it.'))
  expect(await isTokenValid(token!)).toBe(false)
})

test('leak sweep without signing in: the scan worker loads under the CSP, finds the pasted token, which is revoked', async ({
  session,
  user,
}) => {
  const { tab } = session
  const { mytoken: token } = await createMytokenOverHttp(user, {
    name: 'leaked in a script',
    capabilities: ['AT', 'tokeninfo'],
  })
  await gotoHydrated(tab, '/token-info')
  await tab.fill(labelled('Text to sweep'), `#!/bin/sh\nexport MYTOKEN="${token!}"\n`)
  await tab.click(button('Sweep'))
  await tab.waitFor(withText('Valid: the server accepts it'))
  await tab.click(button('Revoke all valid ones', { prefix: true }))
  await tab.click(button('Revoke 1', { within: '//dialog' }))
  await tab.waitFor(withText('Revoked at'))
  expect(await isTokenValid(token!)).toBe(false)
  expect(await tab.takeConsoleProblems()).toEqual([])
})
