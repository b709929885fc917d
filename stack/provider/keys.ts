// Ephemeral signing keys of the local OP (the whole stack is throwaway per start).
import { generateKeyPairSync, randomBytes } from 'node:crypto'

export function generateSigningKeys(): { keys: Record<string, unknown>[] } {
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
    format: 'jwk',
  })
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' })
  const kid = () => randomBytes(8).toString('hex')
  return {
    keys: [
      { ...rsa, kid: kid(), alg: 'RS256', use: 'sig' },
      { ...ec, kid: kid(), alg: 'ES256', use: 'sig' },
    ],
  }
}

export function randomSecret(): string {
  return randomBytes(32).toString('base64url')
}
