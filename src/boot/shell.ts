// Which prerendered markup the page came with, and whether the app's first render matches it.
// React-free: the render-blocking boot script (boot.ts) and main.tsx make the same decision.
import { detectLanguage } from '../lib/i18n/detect-language'
import { PRERENDER_LANGUAGE, PRERENDERED_ROUTE_ATTRIBUTE } from './attributes'

export * from './attributes'

export function normalizePath(pathname: string): string {
  return pathname.replace(/\/+$/, '') || '/'
}

/**
 * True when #root holds the prerendered shell of exactly this path in the user's language: the
 * app then hydrates it. Otherwise (the fallback index.html served for /tokens/<id> or an unknown
 * path, a German browser, a development build) the app renders from scratch.
 */
export function prerenderedShellFits(
  root: HTMLElement = document.documentElement,
  pathname: string = window.location.pathname,
): boolean {
  const route = root.getAttribute(PRERENDERED_ROUTE_ATTRIBUTE)
  return (
    route !== null &&
    normalizePath(route) === normalizePath(pathname) &&
    detectLanguage() === PRERENDER_LANGUAGE
  )
}
