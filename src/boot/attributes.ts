// Shared by the prerender step (Node), the boot script and the app; no imports.

/** Set on <html> by the prerender step: the route whose static shell is in #root. */
export const PRERENDERED_ROUTE_ATTRIBUTE = 'data-prerendered-route'
/** Set on <html> by the boot script when that shell is not this page's; CSS hides it. */
export const SHELL_MISMATCH_ATTRIBUTE = 'data-shell-mismatch'
/** Set on <html> by the boot script when this tab holds a session; CSS hides "Sign in". */
export const SESSION_HINT_ATTRIBUTE = 'data-session'
/** The shells are rendered in English; another language renders from scratch. */
export const PRERENDER_LANGUAGE = 'en'
/** A <meta> in each prerendered page: the app's entry module, then modules to preload. */
export const APP_SCRIPTS_META = 'mytoken-web-scripts'
