import { expect, test } from 'vitest'
import { pythonString, shellQuote } from './quote'

test('a shell word keeps quotes, $( ) and backticks literal', () => {
  expect(shellQuote('https://mt.example')).toBe(`'https://mt.example'`)
  expect(shellQuote(`a'b$(id)\`x\``)).toBe(`'a'\\''b$(id)\`x\`'`)
})

test('a Python string literal escapes quotes and backslashes', () => {
  expect(pythonString('https://mt.example')).toBe('"https://mt.example"')
  expect(pythonString('a"b\\c')).toBe('"a\\"b\\\\c"')
})
