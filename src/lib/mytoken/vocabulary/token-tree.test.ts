import { expect, test } from 'vitest'
import type { TokenTree } from '../api/schemas'
import { STEP_UP_NAME_PREFIX } from './app-name'
import { flattenTokenTree, tokenChoices, userTokens } from './token-tree'

const leaf = (mom_id: string, name = mom_id, children?: TokenTree[]): TokenTree => ({
  token: { mom_id, name, created: 1 },
  ...(children ? { children } : {}),
})

test('flattens parents before children with depth and parent', () => {
  const flat = flattenTokenTree([
    leaf('a', 'a', [leaf('a1'), leaf('a2', 'a2', [leaf('a21')])]),
    leaf('b'),
  ])
  expect(flat.map((f) => [f.entry.mom_id, f.depth, f.parentId])).toEqual([
    ['a', 0, undefined],
    ['a1', 1, 'a'],
    ['a2', 1, 'a'],
    ['a21', 2, 'a2'],
    ['b', 0, undefined],
  ])
})

test('userTokens leaves out the session and step-up tokens', () => {
  const forest = [leaf('s'), leaf('x', `${STEP_UP_NAME_PREFIX}e-mail settings`), leaf('t', 'TOAR')]
  expect(userTokens(forest, 's').map((f) => f.entry.mom_id)).toEqual(['t'])
})

test('token choices are named by name, else by mom_id, and say whether the token expires', () => {
  const forest = [
    leaf('s'),
    { token: { mom_id: 'a', name: '', created: 1, expires_at: 99 } },
    leaf('b', 'backup', [leaf('b1', 'child')]),
  ]
  expect(tokenChoices(forest, 's')).toEqual([
    { momId: 'a', name: 'a', expires: true, created: 1, expiresAt: 99 },
    { momId: 'b', name: 'backup', expires: false, created: 1, expiresAt: undefined },
    { momId: 'b1', name: 'child', expires: false, created: 1, expiresAt: undefined },
  ])
})

test('survives a deep chain and an empty answer', () => {
  let tree = leaf('n0')
  for (let i = 1; i < 20_000; i++) tree = leaf(`n${i}`, `n${i}`, [tree])
  expect(flattenTokenTree([tree])).toHaveLength(20_000)
  expect(flattenTokenTree(undefined)).toEqual([])
})
