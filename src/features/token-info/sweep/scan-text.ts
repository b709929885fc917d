// Finds mytoken candidates in a pasted text or file (a leaked script, a CI log, a `.env` file).
// Pure: nothing is sent, stored or logged. A generator that yields after each slice of the text,
// so that the caller (the scan worker, scan-job.ts) can report progress between slices.
import { decodeProtectedHeader } from 'jose'
import type { MytokenPayload } from '@/lib/mytoken/api/schemas'
import { decodeMytoken, MIN_SHORT_TOKEN_LENGTH } from '@/lib/mytoken/vocabulary/jwt'

/** The server's default length of transfer codes (`polling_codes.len`; not in discovery). */
export const TRANSFER_CODE_LENGTH = 8
const MAX_SHORT_TOKEN_LENGTH = 256
/** Characters scanned between two yields. */
const SLICE = 16 * 1024

export interface FoundAt {
  /** 1-based */
  line: number
  /** the line around the candidate, the candidate itself masked */
  excerpt: string
}

export type CandidateString =
  | { kind: 'jwt'; token: string; payload: MytokenPayload }
  | { kind: 'short-token' | 'transfer-code'; token: string }

export type FoundCandidate = CandidateString & { found: FoundAt[] }

export interface ScanProgress {
  done: number
  total: number
}

const DOT = 46
/** A base64url character: letters, digits, "-" and "_". */
function isTokenCode(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 45 ||
    code === 95
  )
}
const isTokenChar = (ch: string | undefined) => ch !== undefined && isTokenCode(ch.charCodeAt(0))
/** ECDSA signature lengths (base64url characters); a wrapped signature is joined up to it. */
const SIGNATURE_LENGTH: Record<string, number> = { ES256: 86, ES384: 128, ES512: 176 }
/** A wrapped line of an unknown algorithm's signature is at least this long. */
const MIN_WRAPPED_LINE = 60

// Readable letters (the server's alphabet: no "l", no "I"), bounded by anything a token has not.
const SHAPE = /(?<![A-Za-z0-9_.%-])[a-km-zA-HJ-Z]{8,}(?![A-Za-z0-9_-]|\.[A-Za-z0-9_-])/g

/** A JWT as it stands in the text: its string with any line wrapping removed, where it ends. */
interface Extracted {
  token: string
  end: number
}

/**
 * Reads a JWT starting at `start` ("eyJ"), following it over line breaks (mail wrapping at 76
 * columns, YAML block scalars, shell continuations, "> " quoting) while it is incomplete.
 */
export function extractJwt(text: string, start: number, followLines = true): Extracted {
  const parts = ['']
  let i = start
  for (;;) {
    const lineStart = i
    let runStart = i
    for (; i < text.length; i++) {
      const code = text.charCodeAt(i)
      if (code === DOT) {
        if (parts.length === 3) break
        parts[parts.length - 1] += text.slice(runStart, i)
        parts.push('')
        runStart = i + 1
      } else if (!isTokenCode(code)) break
    }
    parts[parts.length - 1] += text.slice(runStart, i)
    if (!followLines) break
    const next = continuation(text, i)
    if (next === undefined || !wantsMore(parts, text, next, i - lineStart)) break
    i = next
  }
  return { token: parts.join('.'), end: i }
}

/** Where the token would go on after a line break at `at`, if the next line may continue it. */
function continuation(text: string, at: number): number | undefined {
  let i = at
  while (text[i] === ' ' || text[i] === '\t') i++
  if (text[i] === '\\') i++
  if (text[i] === '\r') i++
  if (text[i] !== '\n') return undefined
  i++
  while (text[i] === ' ' || text[i] === '\t' || text[i] === '>') i++
  return isTokenChar(text[i]) || text[i] === '.' ? i : undefined
}

function wantsMore(parts: string[], text: string, next: number, lineLength: number): boolean {
  const current = parts[parts.length - 1]!
  if (parts.length < 3 || current === '') return true
  const expected = SIGNATURE_LENGTH[algorithmOf(parts[0]!) ?? '']
  if (expected !== undefined) return current.length < expected
  // an unknown algorithm: join a long line with a next line of signature characters only
  const lineEnd = text.indexOf('\n', next)
  const nextLine = text.slice(next, lineEnd === -1 ? text.length : lineEnd).trimEnd()
  return lineLength >= MIN_WRAPPED_LINE && /^[A-Za-z0-9_-]+$/.test(nextLine)
}

function algorithmOf(header: string): string | undefined {
  try {
    const alg = decodeProtectedHeader(`${header}..`).alg
    return typeof alg === 'string' ? alg : undefined
  } catch {
    return undefined
  }
}

/** Collects the positions where lines start, yielding between slices. */
function* indexLines(text: string, starts: number[]) {
  let nextYield = SLICE
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    starts.push(i + 1)
    if (i > nextYield) {
      nextYield = i + SLICE
      yield i
    }
  }
}

/** The 1-based line of a position, from the line starts. */
function lineAt(starts: readonly number[], position: number): number {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (starts[middle]! <= position) low = middle
    else high = middle - 1
  }
  return low + 1
}

/** "eyJhbG…(812 characters)…x9Q": enough to recognise a token, too little to use it. */
export function maskToken(token: string): string {
  if (token.length <= TRANSFER_CODE_LENGTH) return `${token.slice(0, 2)}…`
  return `${token.slice(0, 6)}…(${token.length})…${token.slice(-4)}`
}

const CONTEXT = 24

function excerpt(text: string, start: number, end: number, token: string): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1
  const before = text.slice(Math.max(lineStart, start - CONTEXT), start)
  const lineEnd = text.indexOf('\n', end)
  const after = text.slice(end, Math.min(lineEnd === -1 ? text.length : lineEnd, end + CONTEXT))
  // eslint-disable-next-line no-control-regex -- control characters are what is replaced
  const clean = (part: string) => part.replace(/[\u0000-\u001f\u007f]/g, ' ')
  return `${clean(before)}${maskToken(token)}${clean(after)}`.trim()
}

function isMixedCase(word: string): boolean {
  return /[a-z]/.test(word) && /[A-Z]/.test(word) && !/^[A-Z][a-z]+$/.test(word)
}

/** A run of readable letters that may be a short token or transfer code (mixed case). */
export function shapeKind(word: string): 'short-token' | 'transfer-code' | undefined {
  if (!isMixedCase(word)) return undefined
  if (word.length === TRANSFER_CODE_LENGTH) return 'transfer-code'
  if (word.length >= MIN_SHORT_TOKEN_LENGTH && word.length <= MAX_SHORT_TOKEN_LENGTH)
    return 'short-token'
  return undefined
}

/** Decodes %XX sequences; a malformed one stays as it is. */
function percentDecode(run: string): string {
  return run.replace(/(?:%[0-9A-Fa-f]{2})+/g, (encoded) => {
    try {
      return decodeURIComponent(encoded)
    } catch {
      return encoded
    }
  })
}

class Collector {
  private readonly byToken = new Map<string, FoundCandidate>()
  constructor(
    private readonly text: string,
    private readonly lineOf: (position: number) => number,
  ) {}

  add(candidate: CandidateString, start: number, end: number) {
    const line = this.lineOf(start)
    const at = { line, excerpt: excerpt(this.text, start, end, candidate.token) }
    const known = this.byToken.get(candidate.token)
    if (!known) this.byToken.set(candidate.token, { ...candidate, found: [at] })
    else if (!known.found.some((found) => found.line === line)) known.found.push(at)
  }

  all(): FoundCandidate[] {
    return [...this.byToken.values()]
  }
}

function* scanJwts(text: string, collect: Collector, covered: Array<[number, number]>) {
  let position = text.indexOf('eyJ')
  let nextYield = SLICE
  while (position !== -1) {
    const { token, end } = extractJwt(text, position)
    const decoded = decodeMytoken(token)
    if (decoded.kind === 'jwt') {
      collect.add({ kind: 'jwt', token, payload: decoded.payload }, position, end)
      covered.push([position, end])
      position = text.indexOf('eyJ', end)
    } else {
      position = text.indexOf('eyJ', position + 3)
    }
    if (position > nextYield) {
      nextYield = position + SLICE
      yield position
    }
  }
}

/** Runs holding %XX sequences, decoded: a JWT URL-encoded as a whole or with "%2E" for dots. */
function* scanPercentEncoded(text: string, collect: Collector) {
  let position = text.indexOf('%')
  let nextYield = SLICE
  while (position !== -1) {
    let start = position
    while (start > 0 && /[A-Za-z0-9_.~%-]/.test(text[start - 1]!)) start--
    let end = position
    while (end < text.length && /[A-Za-z0-9_.~%-]/.test(text[end]!)) end++
    const decoded = percentDecode(text.slice(start, end))
    for (let at = decoded.indexOf('eyJ'); at !== -1; at = decoded.indexOf('eyJ', at + 3)) {
      const { token } = extractJwt(decoded, at, false)
      const result = decodeMytoken(token)
      if (result.kind === 'jwt')
        collect.add({ kind: 'jwt', token, payload: result.payload }, start, end)
    }
    position = text.indexOf('%', end)
    if (position > nextYield) {
      nextYield = position + SLICE
      yield position
    }
  }
}

/** Whether `position` lies in one of the (sorted, disjoint) ranges. */
function isCovered(ranges: Array<[number, number]>, position: number): boolean {
  let low = 0
  let high = ranges.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const [from, to] = ranges[middle]!
    if (position < from) high = middle - 1
    else if (position >= to) low = middle + 1
    else return true
  }
  return false
}

function* scanShapes(text: string, collect: Collector, covered: Array<[number, number]>) {
  SHAPE.lastIndex = 0
  let nextYield = SLICE
  for (let match = SHAPE.exec(text); match; match = SHAPE.exec(text)) {
    const word = match[0]
    const kind = shapeKind(word)
    const start = match.index
    const inJwt = isCovered(covered, start)
    if (kind && !inJwt) collect.add({ kind, token: word }, start, start + word.length)
    if (start > nextYield) {
      nextYield = start + SLICE
      yield start
    }
  }
}

/**
 * Every candidate in `text`, each once (with every line it was found on): mytoken JWTs (also
 * wrapped, quoted, inside JSON or YAML, URL-encoded) and strings shaped like short tokens or
 * transfer codes. Yields progress between slices; returns the candidates.
 */
export function* scanText(text: string): Generator<ScanProgress, FoundCandidate[]> {
  const total = text.length * 4
  const starts = [0]
  for (const at of indexLines(text, starts)) yield { done: at, total }
  const collect = new Collector(text, (position) => lineAt(starts, position))
  const covered: Array<[number, number]> = []
  for (const at of scanJwts(text, collect, covered)) yield { done: text.length + at, total }
  for (const at of scanPercentEncoded(text, collect)) yield { done: 2 * text.length + at, total }
  for (const at of scanShapes(text, collect, covered)) yield { done: 3 * text.length + at, total }
  return collect.all()
}

/** Runs the scan to its end at once (tests, small texts). */
export function scanAll(text: string): FoundCandidate[] {
  const scan = scanText(text)
  for (;;) {
    const step = scan.next()
    if (step.done) return step.value
  }
}
