// Shared by the prerender step (Node), the boot script and the app; no imports.

/** Set on <html> by the prerender step: the route whose static shell is in #root. */
export const PRERENDERED_ROUTE_ATTRIBUTE = 'data-prerendered-route'
/** Set on <html> by the boot script when that shell is not this page's; CSS hides it. */
export const SHELL_MISMATCH_ATTRIBUTE = 'data-shell-mismatch'
/** Set on <html> by the boot script when this tab holds a session; CSS hides "Sign in". */
export const SESSION_HINT_ATTRIBUTE = 'data-session'
/** Set on <html> by main.tsx once the app takes over the page (and its language select). */
export const APP_STARTED_ATTRIBUTE = 'data-app-started'
/** Set on <html> once React has hydrated (or rendered) the page: from then on input is kept. */
export const APP_HYDRATED_ATTRIBUTE = 'data-app-hydrated'
/**
 * #root holds one shell per language, each in an element with this attribute; styles.css shows
 * the one of <html lang> (which the boot script sets before the first paint).
 */
export const SHELL_LANGUAGE_ATTRIBUTE = 'data-shell-language'
/** On the header's language select: the boot script follows it until the app has started. */
export const LANGUAGE_SELECT_ATTRIBUTE = 'data-language-select'
/** A <meta> in each prerendered page: the app's entry module, then modules to preload. */
export const APP_SCRIPTS_META = 'mytoken-web-scripts'

/** useId's prefix in a language's shell (the shells share a page; their ids must not clash). */
export function shellIdPrefix(language: string): string {
  return `${language}-`
}
