// Test mytoken JWTs, unsigned: for code that reads tokens without checking them. React-free and
// free of browser state, so the mytoken vocabulary's tests may use it too.
import { base64url } from 'jose'

/**
 * The claims of a mytoken of the local stack's issuer named `name`; `overrides` replace or add
 * claims.
 */
export function mytokenClaims(name: string, overrides: Record<string, unknown> = {}) {
  return {
    ver: '0.7',
    token_type: 'mytoken',
    iss: 'http://127.0.0.1:8610',
    sub: 'c3ViamVjdA==',
    aud: 'http://127.0.0.1:8610',
    exp: 1_900_000_000,
    iat: 1_800_000_000,
    jti: `id-${name}`,
    seq_no: 1,
    name,
    capabilities: ['AT'],
    ...overrides,
  }
}

const UNSIGNED_SIGNATURE = 'Sg9'.repeat(58) + 'xy'

/** A JWT of `claims`, unsigned (a signature of the right length for ES512). */
export function unsignedJwt(claims: object, signature = UNSIGNED_SIGNATURE): string {
  const encode = (value: object) => base64url.encode(JSON.stringify(value))
  return `${encode({ alg: 'ES512', typ: 'MT+JWT' })}.${encode(claims)}.${signature}`
}

/**
 * A mytoken JWT of the local stack's issuer named `name`, unsigned: for code that reads tokens
 * without checking them.
 */
export function unsignedMytoken(name: string, signature = UNSIGNED_SIGNATURE): string {
  return unsignedJwt(mytokenClaims(name), signature)
}
