// Decodes a mytoken locally (JWT header and claims, no signature check) and classifies other
// strings (short tokens, transfer codes), without any network request. Pure: the token is only
// read, never stored or logged.
import { mytokenPayloadSchema, type MytokenPayload } from '../api/schemas'
import { hasOnlyServerTimes } from './server-limits'
import { isClearlyNotAToken, rejoinWrappedToken } from './token-text'

/** Larger pastes are refused before any parsing (a real mytoken is a few kB at most). */
export const MAX_TOKEN_LENGTH = 64 * 1024
/** The server's rule (api.MinShortTokenLen): shorter strings are transfer codes. */
export const MIN_SHORT_TOKEN_LENGTH = 32

export type DecodeErrorCode =
  | 'empty'
  | 'whitespace'
  | 'too-large'
  | 'truncated'
  | 'not-base64url'
  | 'not-json'
  | 'not-mytoken'
  | 'not-a-token'
  | 'impossible-time'
  | 'bad-short-token'
  | 'bad-transfer-code'

export interface JwtHeader {
  alg: string
  typ?: string | undefined
  kid?: string | undefined
}

export type DecodedInput =
  | { kind: 'jwt'; token: string; header: JwtHeader; payload: MytokenPayload }
  | { kind: 'short-token'; token: string }
  | { kind: 'transfer-code'; code: string }
  | { kind: 'error'; error: DecodeErrorCode; length: number }

const BASE64URL = /^[A-Za-z0-9_-]*$/
const READABLE = /^[A-Za-z0-9]+$/
/** Signature lengths (base64url characters) of the ECDSA algorithms a mytoken server uses. */
const SIGNATURE_LENGTH: Record<string, number> = { ES256: 86, ES384: 128, ES512: 176 }

function failure(error: DecodeErrorCode, length: number): DecodedInput {
  return { kind: 'error', error, length }
}

export function decodeMytoken(input: string): DecodedInput {
  if (input.length > MAX_TOKEN_LENGTH) return failure('too-large', input.length)
  if (input.length === 0) return failure('empty', 0)
  const text = rejoinWrappedToken(input.trim())
  if (text === '') return failure('whitespace', input.length)

  if (text.includes('.')) {
    return isClearlyNotAToken(text) ? failure('not-a-token', text.length) : decodeJwtText(text)
  }
  if (text.length >= MIN_SHORT_TOKEN_LENGTH) {
    return READABLE.test(text)
      ? { kind: 'short-token', token: text }
      : failure('bad-short-token', text.length)
  }
  return READABLE.test(text)
    ? { kind: 'transfer-code', code: text }
    : failure('bad-transfer-code', text.length)
}

/**
 * The JSON object one base64url part of a JWT holds; throws for anything else. (Reading needs no
 * JOSE library: only the token-info page verifies signatures, and only it loads one.)
 */
function decodeJsonPart(part: string): Record<string, unknown> {
  const binary = atob(part.replace(/-/g, '+').replace(/_/g, '/'))
  const json: unknown = JSON.parse(
    new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))),
  )
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new TypeError('not a JSON object')
  }
  return json as Record<string, unknown>
}

function decodeJwtText(text: string): DecodedInput {
  const parts = text.split('.')
  if (parts.length !== 3 || parts.some((part) => part === '')) {
    return failure(parts.length > 3 ? 'not-base64url' : 'truncated', text.length)
  }
  if (!parts.every((part) => BASE64URL.test(part))) return failure('not-base64url', text.length)

  let header: JwtHeader
  let claims: unknown
  try {
    const decodedHeader = decodeJsonPart(parts[0]!)
    claims = decodeJsonPart(parts[1]!)
    const { alg, typ, kid } = decodedHeader
    if (typeof alg !== 'string') return failure('not-mytoken', text.length)
    header = {
      alg,
      typ: typeof typ === 'string' ? typ : undefined,
      kid: typeof kid === 'string' ? kid : undefined,
    }
  } catch {
    // the base64url text does not decode to a JSON object: usually a cut-off copy
    return failure('not-json', text.length)
  }
  const expected = SIGNATURE_LENGTH[header.alg]
  if (expected !== undefined && parts[2]!.length < expected)
    return failure('truncated', text.length)

  const parsed = mytokenPayloadSchema.safeParse(claims)
  if (!parsed.success || parsed.data.token_type !== 'mytoken') {
    return failure('not-mytoken', text.length)
  }
  // no server issues such times; a crafted token must get a message, not a crash
  if (!hasOnlyServerTimes(parsed.data)) return failure('impossible-time', text.length)
  return { kind: 'jwt', token: text, header, payload: parsed.data }
}

/** The `name` claim of a JWT mytoken; undefined for short tokens and anything unreadable. */
export function mytokenName(token: string): string | undefined {
  const decoded = decodeMytoken(token)
  return decoded.kind === 'jwt' ? decoded.payload.name : undefined
}
