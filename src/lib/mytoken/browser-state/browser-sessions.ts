// Which of the app's sessions a browser asked for. Closing every tab without "Sign out" leaves the
// session valid at the server for hours; the next sign-in in the same browser ends it. The browser
// is recognised by a random id in the session's name — no token is kept for that. The id is no
// secret: it only names the browser, and knowing it lets no one use or revoke any token.
import { browserStorage } from '../../browser-storage'
import type { TokenEntry, TokenTree } from '../api/schemas'
import { SESSION_TOKEN_NAME } from '../vocabulary/app-name'

export const BROWSER_ID_STORAGE_KEY = 'mytoken-web.browser-id'
const ID_PATTERN = /^[0-9a-f]{32}$/
/** Like a short commit hash: enough to tell one user's browsers apart, short enough to read. */
const SHORT_ID_LENGTH = 10

/** 16 random bytes, lowercase hex. */
export function newBrowserId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}

// without localStorage (disabled, private mode), the id lasts as long as the page
let unstoredId: string | undefined

/** This browser's id, made and stored in localStorage the first time it is needed. */
export function browserId(storage: Storage | undefined = browserStorage('local')): string {
  try {
    const stored = storage?.getItem(BROWSER_ID_STORAGE_KEY)
    if (stored && ID_PATTERN.test(stored)) return stored
    const id = newBrowserId()
    storage?.setItem(BROWSER_ID_STORAGE_KEY, id)
    if (storage?.getItem(BROWSER_ID_STORAGE_KEY) === id) return id
  } catch {
    // storage refused (quota, disabled): fall through to an id for this page only
  }
  unstoredId ??= newBrowserId()
  return unstoredId
}

/** The session token's name, e.g. "mytoken-web app session · 3f9a2c1b7d" (the server allows 100). */
export function sessionTokenName(browser: string): string {
  return `${SESSION_TOKEN_NAME} · ${browser.slice(0, SHORT_ID_LENGTH)}`
}

/**
 * The sessions this browser asked for earlier and left behind: top-level tokens named exactly
 * as this browser names its sessions, without sub-tokens, created before the current session. Nothing else — not
 * another browser's session, not a token of the user's that merely looks alike, not the
 * current session or a newer one (another tab of this browser may have signed in meanwhile).
 * Nothing at all when the current session is not in the list.
 */
export function sessionsLeftBehind(
  forest: readonly TokenTree[],
  browser: string,
  currentMomId: string,
): TokenEntry[] {
  const current = forest.find((tree) => tree.token.mom_id === currentMomId)?.token
  if (!current) return []
  const name = sessionTokenName(browser)
  // a session cannot have sub-tokens (it lacks `create_mytoken`): a token with some is not one
  return forest
    .filter((tree) => !tree.children?.length)
    .map((tree) => tree.token)
    .filter((entry) => entry.name === name && entry.created < current.created)
}
