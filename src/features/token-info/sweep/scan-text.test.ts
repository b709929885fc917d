import { base64url } from 'jose'
import { expect, test } from 'vitest'
import { unsignedMytoken } from '@/testing/mytoken-jwt'
import { extractJwt, maskToken, scanAll, scanText, shapeKind } from './scan-text'

const jwt = unsignedMytoken

const wrap = (token: string, width: number) => token.match(new RegExp(`.{1,${width}}`, 'g'))!

test('finds a JWT in a shell export, in JSON, quoted in YAML and in a URL query', () => {
  const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((name) => jwt(name))
  const text = [
    '#!/bin/sh',
    `export MYTOKEN=${a}`,
    `{"mytoken":"${b}","other":1}`,
    `token: '${c}'`,
    `curl "https://example.org/x?t=${d}&y=1"`,
  ].join('\n')
  const found = scanAll(text)
  expect(found.map((candidate) => [candidate.token, candidate.found[0]!.line])).toEqual([
    [a, 2],
    [b, 3],
    [c, 4],
    [d, 5],
  ])
  expect(found.every((candidate) => candidate.kind === 'jwt')).toBe(true)
})

test('joins a JWT wrapped at 76 columns, also indented, quoted with "> " or continued with "\\"', () => {
  const token = jwt('wrapped')
  for (const [prefix, suffix] of [
    ['', ''],
    ['    ', ''],
    ['> ', ''],
    ['', ' \\'],
  ]) {
    const lines = wrap(token, 76)
    const text = `Here it is:\n${lines.map((line, i) => (i === 0 ? line : prefix + line) + (i < lines.length - 1 ? suffix : '')).join('\n')}\nThanks`
    expect(scanAll(text).map((candidate) => candidate.token)).toEqual([token])
  }
})

test('a complete JWT is not joined with a next line of letters', () => {
  const token = jwt('complete')
  expect(extractJwt(`${token}\nAbcdefghAbcdefgh`, 0).token).toBe(token)
})

test('finds a URL-encoded JWT (every character, or only the dots, percent-encoded)', () => {
  const token = jwt('encoded')
  const dots = token.replaceAll('.', '%2E')
  const all = [...token].map((ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`).join('')
  const found = scanAll(`GET /cb?mytoken=${dots} HTTP/1.1\nnext=${all}\n`)
  expect(found).toHaveLength(1)
  expect(found[0]!.token).toBe(token)
  expect(found[0]!.found.map((at) => at.line)).toEqual([1, 2])
})

test('the same token twice is one candidate with both places', () => {
  const token = jwt('twice')
  const found = scanAll(`a=${token}\n\nb="${token}"`)
  expect(found).toHaveLength(1)
  expect(found[0]!.found.map((at) => at.line)).toEqual([1, 3])
})

test('a JWT that is not a mytoken, and a damaged one, are not candidates', () => {
  const idToken = `${base64url.encode('{"alg":"RS256"}')}.${base64url.encode('{"sub":"x"}')}.sig`
  const damaged = jwt('damaged').slice(0, 120)
  expect(scanAll(`${idToken}\n${damaged}\n`)).toEqual([])
})

test('short tokens and transfer codes are found by their shape (mixed-case readable letters)', () => {
  const short = 'AbcDefGhJkMnPqRsTuVwXyZabcdefghjkmnopqrstuvwxyzABCDEFGHJKMNPQRSTU'
  const found = scanAll(`code: KxPqRtWe\nshort=${short}\n`)
  expect(found.map((candidate) => [candidate.kind, candidate.token])).toEqual([
    ['transfer-code', 'KxPqRtWe'],
    ['short-token', short],
  ])
})

test('ordinary words, capitalised words, digits, "l"/"I" and base64 runs are not shape candidates', () => {
  const text =
    'password Password PASSWORD function Relations Abcdefg1 HelloWorld abcDefghIjk dGhpcyBpcyBhIHRlc3Q= a.KxPqRtWe'
  expect(scanAll(text)).toEqual([])
  expect(shapeKind('KxPqRtWe')).toBe('transfer-code')
  expect(shapeKind('Password')).toBeUndefined()
  expect(shapeKind('abcdefgh')).toBeUndefined()
})

test('excerpts mask the token and keep the text around it on that line', () => {
  const token = jwt('masked')
  const [candidate] = scanAll(`line one\nexport MYTOKEN="${token}" # ci\n`)
  const excerpt = candidate!.found[0]!.excerpt
  expect(excerpt).toBe(`export MYTOKEN="${maskToken(token)}" # ci`)
  expect(excerpt).not.toContain(token.slice(20, 60))
  expect(maskToken('KxPqRtWe')).toBe('Kx…')
})

test('a large text is scanned in slices, with growing progress', () => {
  const token = jwt('big')
  const filler = 'lorem ipsum dolor sit amet, 12345 % 67 eyJ nothing\n'.repeat(20_000)
  const text = `${filler}${token}\n${filler}`
  const scan = scanText(text)
  const progress: number[] = []
  let step = scan.next()
  while (!step.done) {
    progress.push(step.value.done)
    step = scan.next()
  }
  expect(progress.length).toBeGreaterThan(10)
  expect(progress).toEqual([...progress].sort((a, b) => a - b))
  expect(step.value.map((candidate) => candidate.found[0]!.line)).toEqual([20_001])
})
