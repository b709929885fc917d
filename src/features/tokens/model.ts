// Pure functions behind the token list and details: indexing the server's forest, status,
// filtering, sorting and "first time from …" detection.
// Kept free of React so they can be tested directly and memoised cheaply.
import type { TokenEntry, TokenEvent, TokenTree } from '@/lib/mytoken/api/schemas'
import { expiryStatus, type ExpiryStatus } from '@/lib/mytoken/vocabulary/expiry'
import { flattenTokenTree, type FlatToken } from '@/lib/mytoken/vocabulary/token-tree'

export type TokenStatus = ExpiryStatus
export type StatusFilter = 'all' | TokenStatus
export const SORT_KEYS = ['created-desc', 'created-asc', 'expires-asc', 'expires-desc'] as const
export type SortKey = (typeof SORT_KEYS)[number]

/** One token of the forest with what the list needs to know about its place in it. */
export interface TokenNode extends FlatToken {
  childIds: string[]
  /** number of all tokens below this one */
  descendantCount: number
}

export interface TokenIndex {
  /** every token, parents before children (depth-first, server order) */
  nodes: TokenNode[]
  byId: Map<string, TokenNode>
  roots: string[]
}

export function indexTokens(forest: readonly TokenTree[]): TokenIndex {
  const nodes: TokenNode[] = flattenTokenTree(forest).map((flat) => ({
    ...flat,
    childIds: [],
    descendantCount: 0,
  }))
  const byId = new Map(nodes.map((node) => [node.entry.mom_id, node]))
  const roots: string[] = []
  for (const node of nodes) {
    if (node.parentId === undefined) roots.push(node.entry.mom_id)
    else byId.get(node.parentId)?.childIds.push(node.entry.mom_id)
  }
  // children come after their parents, so one backwards pass sums the subtree sizes
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i]!
    if (node.parentId !== undefined) {
      const parent = byId.get(node.parentId)
      if (parent) parent.descendantCount += node.descendantCount + 1
    }
  }
  return { nodes, byId, roots }
}

/** Status at `nowMs`, "expiring" relative to the token's lifetime; without expiry: active. */
export function tokenStatus(entry: TokenEntry, nowMs: number): TokenStatus {
  return expiryStatus(entry.created, entry.expires_at, nowMs)
}

export function hasExpiry(entry: TokenEntry): entry is TokenEntry & { expires_at: number } {
  return entry.expires_at !== undefined && entry.expires_at !== 0
}

function compare(a: TokenEntry, b: TokenEntry, sort: SortKey): number {
  switch (sort) {
    case 'created-asc':
      return a.created - b.created
    case 'created-desc':
      return b.created - a.created
    case 'expires-asc':
    case 'expires-desc': {
      // tokens without expiry go last in both directions
      const ea = hasExpiry(a) ? a.expires_at : Infinity
      const eb = hasExpiry(b) ? b.expires_at : Infinity
      if (ea === eb) return b.created - a.created
      if (ea === Infinity) return 1
      if (eb === Infinity) return -1
      return sort === 'expires-asc' ? ea - eb : eb - ea
    }
  }
}

export interface ViewOptions {
  query: string
  status: StatusFilter
  sort: SortKey
  collapsed: ReadonlySet<string>
  nowMs: number
}

export interface VisibleRow {
  node: TokenNode
  /** indentation shown; 0 for every row while a search or filter is active (flat results) */
  level: number
  status: TokenStatus
}

// The same row object for the same token, indentation and status in every view: the memoised
// rows then re-render only when something of their own changed, not on each keystroke.
const rowsOfNode = new WeakMap<TokenNode, VisibleRow[]>()

function rowOf(node: TokenNode, level: number, status: TokenStatus): VisibleRow {
  const known = rowsOfNode.get(node)
  const found = known?.find((row) => row.level === level && row.status === status)
  if (found) return found
  const row = { node, level, status }
  if (known) known.push(row)
  else rowsOfNode.set(node, [row])
  return row
}

// lower-cased once per token, not on every keystroke
const searchNames = new WeakMap<TokenNode, string>()

function searchName(node: TokenNode): string {
  let name = searchNames.get(node)
  if (name === undefined) {
    name = node.entry.name.toLocaleLowerCase()
    searchNames.set(node, name)
  }
  return name
}

export function isFiltering(options: Pick<ViewOptions, 'query' | 'status'>): boolean {
  return options.query.trim() !== '' || options.status !== 'all'
}

/**
 * The rows to show. Without search/filter: the tree, siblings sorted, collapsed subtrees hidden.
 * With search/filter: every matching token as a flat, sorted list (a match deep in a collapsed
 * subtree is still found).
 */
export function visibleRows(index: TokenIndex, options: ViewOptions): VisibleRow[] {
  const { nowMs, sort } = options
  if (isFiltering(options)) {
    const needle = options.query.trim().toLocaleLowerCase()
    const rows: VisibleRow[] = []
    for (const node of index.nodes) {
      if (needle !== '' && !searchName(node).includes(needle)) continue
      const status = tokenStatus(node.entry, nowMs)
      if (options.status !== 'all' && status !== options.status) continue
      rows.push(rowOf(node, 0, status))
    }
    rows.sort((a, b) => compare(a.node.entry, b.node.entry, sort))
    return rows
  }
  const rows: VisibleRow[] = []
  const sortIds = (ids: string[]) =>
    ids
      .map((id) => index.byId.get(id))
      .filter((n): n is TokenNode => n !== undefined)
      .sort((a, b) => compare(a.entry, b.entry, sort))
  const stack: TokenNode[] = sortIds(index.roots).reverse()
  while (stack.length > 0) {
    const node = stack.pop()!
    rows.push(rowOf(node, node.depth, tokenStatus(node.entry, nowMs)))
    if (!options.collapsed.has(node.entry.mom_id) && node.childIds.length > 0) {
      const children = sortIds(node.childIds)
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!)
    }
  }
  return rows
}

/** All tokens below `momId`, depth-first. */
export function descendantsOf(index: TokenIndex, momId: string): TokenNode[] {
  const out: TokenNode[] = []
  const stack = [...(index.byId.get(momId)?.childIds ?? [])].reverse()
  while (stack.length > 0) {
    const node = index.byId.get(stack.pop()!)
    if (!node) continue
    out.push(node)
    for (let i = node.childIds.length - 1; i >= 0; i--) stack.push(node.childIds[i]!)
  }
  return out
}

/**
 * The forest after revoking `momId`: recursively removes the whole subtree; otherwise the
 * children become root tokens (as the server does).
 */
export function removeFromForest(
  forest: TokenTree[],
  momId: string,
  recursive: boolean,
): TokenTree[] {
  const promoted: TokenTree[] = []
  const prune = (trees: TokenTree[]): TokenTree[] => {
    const out: TokenTree[] = []
    for (const tree of trees) {
      if (tree.token.mom_id === momId) {
        if (!recursive) promoted.push(...(tree.children ?? []))
        continue
      }
      out.push(
        tree.children
          ? { token: tree.token, children: prune(tree.children) }
          : { token: tree.token },
      )
    }
    return out
  }
  return [...prune(forest), ...promoted]
}

export interface HistoryEvent extends TokenEvent {
  /** set when this is the first event from this IP address (and not the first event at all) */
  newIp: boolean
  /** set when this is the first event with this user agent (and not the first event at all) */
  newUserAgent: boolean
}

/** Marks events from an IP or user agent not seen before for this token. Keeps the order given (newest first). */
export function markFirstSeen(events: TokenEvent[]): HistoryEvent[] {
  const chronological = events
    .map((event, position) => ({ event, position }))
    // within the same second the creation comes first; otherwise the server's order (newest first)
    .sort(
      (a, b) =>
        a.event.time - b.event.time ||
        Number(b.event.event === 'created') - Number(a.event.event === 'created') ||
        b.position - a.position,
    )
  const ips = new Set<string>()
  const agents = new Set<string>()
  const marks = new Map<number, { newIp: boolean; newUserAgent: boolean }>()
  chronological.forEach(({ event, position }, i) => {
    const newIp = event.ip !== undefined && event.ip !== '' && !ips.has(event.ip)
    const newUserAgent =
      event.user_agent !== undefined && event.user_agent !== '' && !agents.has(event.user_agent)
    if (event.ip) ips.add(event.ip)
    if (event.user_agent) agents.add(event.user_agent)
    marks.set(position, { newIp: i > 0 && newIp, newUserAgent: i > 0 && newUserAgent })
  })
  return events.map((event, position) => ({
    ...event,
    ...(marks.get(position) ?? { newIp: false, newUserAgent: false }),
  }))
}

/** mom_ids above `momId`: parent first, root last. */
export function ancestorsOf(index: TokenIndex, momId: string): string[] {
  const out: string[] = []
  let current = index.byId.get(momId)?.parentId
  while (current !== undefined && out.length <= index.nodes.length) {
    out.push(current)
    current = index.byId.get(current)?.parentId
  }
  return out
}
