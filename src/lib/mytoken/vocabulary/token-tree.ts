// The user's token forest (`list_mytokens`) flattened: parents before their children, each with
// its depth. The one walk of the forest: the token list, timeline and details index it, the
// notifications and calendars pages pick from it. Iterative, so deep chains of sub-tokens cannot
// overflow the stack.
import type { TokenEntry, TokenTree } from '../api/schemas'
import { STEP_UP_NAME_PREFIX } from './app-name'

export interface FlatToken {
  entry: TokenEntry
  depth: number
  parentId: string | undefined
}

/** The app's own helpers: the session and short-lived step-up tokens (not the user's tokens). */
export function isAppOwnToken(entry: TokenEntry, sessionMomId: string): boolean {
  return entry.mom_id === sessionMomId || entry.name.startsWith(STEP_UP_NAME_PREFIX)
}

/** Depth-first in server order; `skip` drops a token and everything below it. */
export function flattenTokenTree(
  forest: readonly TokenTree[] | undefined,
  skip: (entry: TokenEntry) => boolean = () => false,
): FlatToken[] {
  const out: FlatToken[] = []
  const stack: { tree: TokenTree; depth: number; parentId: string | undefined }[] = []
  const push = (trees: readonly TokenTree[], depth: number, parentId: string | undefined) => {
    for (let i = trees.length - 1; i >= 0; i--) stack.push({ tree: trees[i]!, depth, parentId })
  }
  push(forest ?? [], 0, undefined)
  while (stack.length > 0) {
    const { tree, depth, parentId } = stack.pop()!
    if (skip(tree.token)) continue
    out.push({ entry: tree.token, depth, parentId })
    push(tree.children ?? [], depth + 1, tree.token.mom_id)
  }
  return out
}

/** The user's own tokens (without the app's session and step-up tokens), flattened. */
export function userTokens(forest: readonly TokenTree[] | undefined, sessionMomId: string) {
  return flattenTokenTree(forest, (entry) => isAppOwnToken(entry, sessionMomId))
}

/** A token to choose on the notifications and calendars pages. */
export interface TokenChoice {
  momId: string
  /** the token's name, or its mom_id where it has none */
  name: string
  expires: boolean
  /** unix seconds */
  created: number
  expiresAt: number | undefined
}

/** The user's own tokens as choices, in the order of the forest. */
export function tokenChoices(
  forest: readonly TokenTree[] | undefined,
  sessionMomId: string,
): TokenChoice[] {
  return userTokens(forest, sessionMomId).map(({ entry }) => ({
    momId: entry.mom_id,
    name: entry.name || entry.mom_id,
    expires: Boolean(entry.expires_at),
    created: entry.created,
    expiresAt: entry.expires_at || undefined,
  }))
}
