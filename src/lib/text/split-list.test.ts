import { expect, test } from 'vitest'
import { splitList } from './split-list'

test('spaces, commas and new lines separate; empty items and repeats are dropped', () => {
  expect(splitList(' a b,c\n\td,, ')).toEqual(['a', 'b', 'c', 'd'])
  expect(splitList('DE AT DE, at')).toEqual(['DE', 'AT', 'at'])
  expect(splitList('  ')).toEqual([])
})
