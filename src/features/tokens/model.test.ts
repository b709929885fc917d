import { expect, test } from 'vitest'
import type { TokenTree } from '@/lib/mytoken/api/schemas'
import {
  descendantsOf,
  indexTokens,
  markFirstSeen,
  removeFromForest,
  tokenStatus,
  visibleRows,
  type ViewOptions,
} from './model'

const NOW = Date.UTC(2026, 10, 23, 12, 0) // ms
const now = NOW / 1000
const DAY = 24 * 3600

function tree(
  id: string,
  name: string,
  created: number,
  expires: number | undefined,
  children?: TokenTree[],
): TokenTree {
  return {
    token: {
      mom_id: id,
      name,
      created,
      ...(expires ? { expires_at: expires } : {}),
      ip: '127.0.0.1',
    },
    ...(children ? { children } : {}),
  }
}

// session (root) · A (root) ─ A1 ─ A1a · A (root) ─ A2 · B (root, no expiry)
const forest: TokenTree[] = [
  tree('s', 'mytoken-web session', now - 60, now + 8 * 3600),
  tree('a', 'Alpha', now - 10 * DAY, now + 3 * DAY, [
    tree('a1', 'Alpha worker', now - 5 * DAY, now + 2 * DAY, [
      tree('a1a', '', now - 4 * DAY, now - 60),
    ]),
    tree('a2', 'Alpha reader', now - 3 * DAY, now + 20 * DAY),
  ]),
  tree('b', 'Beta', now - 20 * DAY, undefined),
]

const view = (options: Partial<ViewOptions> = {}): ViewOptions => ({
  query: '',
  status: 'all',
  sort: 'created-desc',
  collapsed: new Set(),
  nowMs: NOW,
  ...options,
})

const ids = (rows: { node: { entry: { mom_id: string } } }[]) =>
  rows.map((r) => r.node.entry.mom_id)

test('indexing the forest keeps parents before children and counts every descendant', () => {
  const index = indexTokens(forest)
  expect(index.nodes.map((n) => n.entry.mom_id)).toEqual(['s', 'a', 'a1', 'a1a', 'a2', 'b'])
  expect(index.roots).toEqual(['s', 'a', 'b'])
  expect(index.byId.get('a')?.descendantCount).toBe(3)
  expect(index.byId.get('a1')?.descendantCount).toBe(1)
  expect(index.byId.get('a1a')).toMatchObject({ depth: 2, parentId: 'a1' })
  expect(descendantsOf(index, 'a').map((n) => n.entry.mom_id)).toEqual(['a1', 'a1a', 'a2'])
})

test('a deep chain of sub-tokens does not overflow the stack', () => {
  let chain = tree('n0', 'leaf', now, undefined)
  for (let i = 1; i < 5_000; i++) chain = tree(`n${i}`, `t${i}`, now, undefined, [chain])
  const index = indexTokens([chain])
  expect(index.nodes).toHaveLength(5_000)
  expect(index.byId.get('n4999')?.descendantCount).toBe(4_999)
})

test('status: expiring in the last third of the lifetime, at most the last 7 days', () => {
  const entry = (created: number, expires_at?: number) => ({
    mom_id: 'x',
    name: '',
    created,
    expires_at,
  })
  expect(tokenStatus(entry(now - DAY, now - 1), NOW)).toBe('expired')
  // a year-long token with 6 days left is expiring; a fresh 6-day token is not
  expect(tokenStatus(entry(now - 359 * DAY, now + 6 * DAY), NOW)).toBe('expiring')
  expect(tokenStatus(entry(now, now + 6 * DAY), NOW)).toBe('active')
  expect(tokenStatus(entry(now - 300 * DAY, now + 8 * DAY), NOW)).toBe('active')
  // a fresh 8-hour session is active; with 2 hours left it is expiring
  expect(tokenStatus(entry(now - 60, now + 8 * 3600 - 60), NOW)).toBe('active')
  expect(tokenStatus(entry(now - 6 * 3600, now + 2 * 3600), NOW)).toBe('expiring')
  expect(tokenStatus(entry(now, undefined), NOW)).toBe('active')
})

test('the tree view sorts siblings, keeps children under parents and hides collapsed subtrees', () => {
  const index = indexTokens(forest)
  const rows = visibleRows(index, view())
  expect(ids(rows)).toEqual(['s', 'a', 'a2', 'a1', 'a1a', 'b'])
  expect(rows.map((r) => r.level)).toEqual([0, 0, 1, 1, 2, 0])
  expect(ids(visibleRows(index, view({ sort: 'created-asc' })))).toEqual([
    'b',
    'a',
    'a1',
    'a1a',
    'a2',
    's',
  ])
  expect(ids(visibleRows(index, view({ collapsed: new Set(['a1']) })))).toEqual([
    's',
    'a',
    'a2',
    'a1',
    'b',
  ])
})

test('sorting by expiry puts tokens without expiry last in both directions', () => {
  const index = indexTokens(forest)
  expect(ids(visibleRows(index, view({ sort: 'expires-asc' })))).toEqual([
    's',
    'a',
    'a1',
    'a1a',
    'a2',
    'b',
  ])
  expect(ids(visibleRows(index, view({ sort: 'expires-desc' })))).toEqual([
    'a',
    'a2',
    'a1',
    'a1a',
    's',
    'b',
  ])
})

test('search and status filter give a flat list of matches, found even inside collapsed subtrees', () => {
  const index = indexTokens(forest)
  const found = visibleRows(index, view({ query: ' WORKER ', collapsed: new Set(['a']) }))
  expect(ids(found)).toEqual(['a1'])
  expect(found[0]?.level).toBe(0)
  expect(ids(visibleRows(index, view({ status: 'expired' })))).toEqual(['a1a'])
  expect(ids(visibleRows(index, view({ status: 'expiring', query: 'alpha' })))).toEqual(['a1', 'a'])
})

test('a token keeps its row object across views while its place and status stay the same', () => {
  const index = indexTokens(forest)
  const all = visibleRows(index, view())
  const again = visibleRows(index, view({ sort: 'created-asc' }))
  const byId = (rows: typeof all, id: string) => rows.find((r) => r.node.entry.mom_id === id)
  for (const row of all) expect(byId(again, row.node.entry.mom_id)).toBe(row)
  // a filtered view shows the same tokens flat: another indentation, another row
  const found = visibleRows(index, view({ query: 'worker' }))
  expect(found[0]).not.toBe(byId(all, 'a1'))
  expect(visibleRows(index, view({ query: 'work' }))[0]).toBe(found[0])
})

test('removing a token recursively drops its subtree; otherwise its children become roots', () => {
  const recursive = indexTokens(removeFromForest(forest, 'a', true))
  expect(recursive.nodes.map((n) => n.entry.mom_id)).toEqual(['s', 'b'])
  const single = indexTokens(removeFromForest(forest, 'a', false))
  expect(single.roots).toEqual(['s', 'b', 'a1', 'a2'])
  expect(single.byId.get('a1a')?.parentId).toBe('a1')
  // the input is left untouched (it is cached query data)
  expect(indexTokens(forest).nodes).toHaveLength(6)
})

test('events from an IP or user agent not seen before for the token are marked', () => {
  // newest first, as the server sends them
  const events = markFirstSeen([
    { event: 'AT_created', time: 400, ip: '203.0.113.7', user_agent: 'curl/8' },
    { event: 'AT_created', time: 300, ip: '10.0.0.1', user_agent: 'curl/8' },
    { event: 'AT_created', time: 200, ip: '10.0.0.1', user_agent: 'curl/8' },
    { event: 'created', time: 100, ip: '10.0.0.1', user_agent: 'Firefox' },
  ])
  expect(events.map((e) => [e.newIp, e.newUserAgent])).toEqual([
    [true, false],
    [false, false],
    [false, true],
    [false, false],
  ])
})

test('the creation is the baseline even when other events share its second', () => {
  const events = markFirstSeen([
    { event: 'AT_created', time: 100, ip: '10.0.0.1', user_agent: 'node' },
    { event: 'created', time: 100, ip: '10.0.0.1', user_agent: 'Chrome' },
    { event: 'MT_created', time: 100, ip: '10.0.0.1', user_agent: 'node' },
  ])
  expect(events.map((e) => e.newUserAgent)).toEqual([false, false, true])
})
