// The prerendered shell of every static route hydrates without a single mismatch — in React's
// development build, which (unlike production) also compares attributes such as useId's ids —
// while the browser already knows its configuration and holds a session.
import { act } from '@testing-library/react'
import { StrictMode } from 'react'
import { hydrateRoot, type Root } from 'react-dom/client'
import type { RouteObject } from 'react-router'
import { afterEach, expect, test, vi } from 'vitest'
import { App } from './app/app'
import { loadUserMenu } from './app/layout/header'
import { prerenderedRoutes } from './app/prerendered-routes'
import { createAppRouter } from './app/router'
import { appRoutes } from './app/router'
import { shellIdPrefix } from './boot/attributes'
import { renderShell } from './entry-server'
import { languages } from './lib/i18n/detect-language'
import { sessionStore } from './lib/mytoken/browser-state/session-store'
import { createQueryClient } from './lib/query-client'

const config = {
  instances: [{ issuer: 'https://mytoken.test', name: 'The configured server' }],
  spaClients: [],
}

let cleanUp: (() => void) | undefined
afterEach(() => {
  cleanUp?.()
  cleanUp = undefined
  sessionStore.clear()
})

function paramlessPaths(routes: RouteObject[]): string[] {
  return routes.flatMap((route) => [
    ...(route.path && !route.path.includes(':') && route.path !== '*' ? [route.path] : []),
    ...paramlessPaths(route.children ?? []),
  ])
}

test('every route without parameters is registered for prerendering', () => {
  // a new page: add its path to src/app/prerendered-routes.ts
  expect([...prerenderedRoutes].sort()).toEqual(paramlessPaths(appRoutes()).sort())
})

test.each(
  prerenderedRoutes.flatMap((route) =>
    languages.flatMap((language) => [
      [route, language, 'signed out'] as const,
      [route, language, 'signed in'] as const,
    ]),
  ),
)(
  '%s hydrates its prerendered shell (%s) without a mismatch (%s)',
  async (route, language, state) => {
    const shell = await renderShell(route, language)
    expect(shell).toContain('<h1>')
    expect(shell).not.toContain('The configured server')
    if (state === 'signed in') {
      sessionStore.set({
        instanceIssuer: 'https://mytoken.test',
        providerIssuer: 'https://op.test',
        token: 'not-a-real-token',
        momId: 'mom',
        expiresAt: Date.now() + 3600_000,
        signedInAt: Date.now(),
      })
    }
    vi.spyOn(globalThis, 'fetch').mockImplementation(() => new Promise(() => undefined))
    const errors: string[] = []
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      errors.push(args.map(String).join(' '))
    })
    const container = document.createElement('div')
    container.innerHTML = shell
    document.body.append(container)
    let root: Root | undefined
    cleanUp = () => {
      act(() => root?.unmount())
      container.remove()
    }
    window.history.replaceState(null, '', route)
    const router = await createAppRouter()
    // as main.tsx: a signed-in tab loads its user menu while the app starts
    if (state === 'signed in') await loadUserMenu()
    const heading = container.querySelector('h1')
    const signedOutText = container.querySelector('[data-shell-signed-out] p')
    await act(async () => {
      root = hydrateRoot(
        container,
        <StrictMode>
          <App
            config={config}
            router={router}
            queryClient={createQueryClient()}
            language={language}
            hydrating
          />
        </StrictMode>,
        {
          identifierPrefix: shellIdPrefix(language),
          onRecoverableError: (error) => errors.push(String(error)),
        },
      )
    })
    expect(errors).toEqual([])
    // hydrated, not rendered again: the prerendered heading is still the one in the page
    // (signed in, the sign-in page moves on to the token list)
    if (!(route === '/sign-in' && state === 'signed in')) {
      expect(container.querySelector('h1')).toBe(heading)
    }
    // right after hydration, what only the browser knows is there
    expect(container.querySelector('[data-shell-sign-in]')).toBeNull()
    const signInOut = { en: ['Sign out', 'Sign in'], de: ['Abmelden', 'Anmelden'] }[language]
    expect(container.textContent).toContain(state === 'signed in' ? signInOut[0] : signInOut[1])
    expect(container.textContent).toContain('The configured server')
    // the shell's signed-out text: kept in place signed out, gone once the session shows
    expect(container.querySelector('[data-shell-signed-out], [data-shell-signed-in]')).toBeNull()
    if (signedOutText) expect(signedOutText.isConnected).toBe(state === 'signed out')
  },
)

test.each(languages)(
  'the pages that need a session prerender their signed-out text (%s)',
  async (language) => {
    const needed = { en: 'Sign in to continue.', de: 'Melden Sie sich an, um fortzufahren.' }
    const explanation = { en: 'Signing in opens', de: 'Beim Anmelden öffnet sich' }
    for (const route of ['/create', '/tokens', '/notifications', '/account']) {
      const container = document.createElement('div')
      container.innerHTML = await renderShell(route, language)
      const signedOut = container.querySelector('[data-shell-signed-out]')
      expect(signedOut?.textContent, route).toContain(needed[language])
      expect(signedOut?.textContent, route).toContain(explanation[language])
      expect(container.querySelector('[data-shell-signed-in]'), route).not.toBeNull()
    }
    const signIn = document.createElement('div')
    signIn.innerHTML = await renderShell('/sign-in', language)
    expect(signIn.textContent).toContain(explanation[language])
  },
)
