// Which prerendered markup the page came with, and which part of it the app hydrates.
// React-free: the render-blocking boot script (boot.ts) and main.tsx make the same decision.
import { PRERENDERED_ROUTE_ATTRIBUTE, SHELL_LANGUAGE_ATTRIBUTE, shellIdPrefix } from './attributes'

export * from './attributes'

export function normalizePath(pathname: string): string {
  return pathname.replace(/\/+$/, '') || '/'
}

/**
 * True when the page holds the prerendered shell of exactly this path. Otherwise (the fallback
 * index.html served for /tokens/<id> or an unknown path, a development build) the app renders
 * from scratch.
 */
export function prerenderedShellFits(
  html: HTMLElement = document.documentElement,
  pathname: string = window.location.pathname,
): boolean {
  const route = html.getAttribute(PRERENDERED_ROUTE_ATTRIBUTE)
  return route !== null && normalizePath(route) === normalizePath(pathname)
}

/**
 * The shell the app hydrates: this path's, in `language`. The other languages' shells (hidden
 * by styles.css) are removed first, so the page holds exactly what React renders.
 */
export function prerenderedShell(
  root: HTMLElement,
  language: string,
): { element: HTMLElement; idPrefix: string } | undefined {
  if (!prerenderedShellFits()) return undefined
  const shells = [...root.children].filter((child) =>
    child.hasAttribute(SHELL_LANGUAGE_ATTRIBUTE),
  ) as HTMLElement[]
  const element = shells.find((shell) => shell.getAttribute(SHELL_LANGUAGE_ATTRIBUTE) === language)
  if (!element) return undefined
  for (const other of shells) if (other !== element) other.remove()
  return { element, idPrefix: shellIdPrefix(language) }
}
