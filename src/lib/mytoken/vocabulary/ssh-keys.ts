// SSH public keys as the server's SSH grant takes them: one `authorized_keys` line. Checked in
// the browser before anything is sent: the format, the SHA256 fingerprint (as `ssh-keygen -l`
// and the server compute it), and — above all — that no private key was pasted by mistake.
// Pure, no React; unit-tested.

/** Key types golang.org/x/crypto/ssh (the server) accepts in an authorized_keys line. */
export const sshKeyTypes = [
  'ssh-ed25519',
  'ecdsa-sha2-nistp256',
  'ecdsa-sha2-nistp384',
  'ecdsa-sha2-nistp521',
  'ssh-rsa',
  'sk-ssh-ed25519@openssh.com',
  'sk-ecdsa-sha2-nistp256@openssh.com',
  'ssh-dss',
] as const

export type SshKeyProblem =
  | 'empty'
  /** a private key (OpenSSH, PEM or PuTTY): never send, never keep */
  | 'privateKey'
  | 'severalKeys'
  | 'unknownType'
  | 'notBase64'
  /** the key data does not describe a key of the stated type */
  | 'mismatch'
  /** the key data is cut short or damaged: its parts do not add up (as `ssh-keygen -l` finds) */
  | 'damaged'
  /** an RSA key under 1024 bits, which ssh-keygen and OpenSSH refuse */
  | 'rsaTooShort'

export interface ParsedSshKey {
  type: string
  /** the authorized_keys line as it will be sent: type, key data and comment, no options */
  line: string
  comment: string
  /** `SHA256:<unpadded base64>` like `ssh-keygen -l -E sha256` */
  fingerprint: string
  /** the key size `ssh-keygen -l` prints */
  bits: number
}

export type SshKeyCheck = { ok: true; key: ParsedSshKey } | { ok: false; problem: SshKeyProblem }

const PRIVATE_KEY_MARKERS = [
  /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/,
  /PuTTY-User-Key-File-\d/,
  /^\s*b3BlbnNzaC1rZXktdjE/m, // base64 of "openssh-key-v1" (an OpenSSH private key without its armour)
]

/** Whether the text holds (part of) a private key. */
export function looksLikePrivateKey(text: string): boolean {
  return PRIVATE_KEY_MARKERS.some((marker) => marker.test(text))
}

function decodeBase64(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text) || text.length % 4 !== 0) return undefined
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0))
  } catch {
    return undefined
  }
}

const readUint32 = (bytes: Uint8Array, at: number) =>
  ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0

/**
 * The length-prefixed strings an SSH wire-format key blob consists of, or undefined when a length
 * points past the end or bytes are left over (a key cut short or damaged).
 */
function blobFields(blob: Uint8Array): Uint8Array[] | undefined {
  const fields: Uint8Array[] = []
  let at = 0
  while (at < blob.length) {
    if (at + 4 > blob.length) return undefined
    const length = readUint32(blob, at)
    at += 4
    if (length > blob.length - at) return undefined
    fields.push(blob.subarray(at, at + length))
    at += length
  }
  return fields
}

/** The first length-prefixed string of a key blob: the key type it describes. */
function blobType(blob: Uint8Array): string | undefined {
  if (blob.length < 4) return undefined
  const length = readUint32(blob, 0)
  if (length === 0 || length > 64 || 4 + length > blob.length) return undefined
  return latin1(blob.subarray(4, 4 + length))
}

const latin1 = (bytes: Uint8Array | undefined) => String.fromCharCode(...(bytes ?? []))

/** The number of significant bits of an SSH mpint (big-endian, perhaps a leading zero byte). */
function mpintBits(bytes: Uint8Array): number {
  const first = bytes.findIndex((byte) => byte !== 0)
  if (first < 0) return 0
  return (bytes.length - first - 1) * 8 + (32 - Math.clz32(bytes[first]!))
}

const ECDSA_CURVES: Record<string, { bits: number; webCrypto: string }> = {
  nistp256: { bits: 256, webCrypto: 'P-256' },
  nistp384: { bits: 384, webCrypto: 'P-384' },
  nistp521: { bits: 521, webCrypto: 'P-521' },
}

/** Whether an uncompressed EC point lies on the curve (WebCrypto checks it on import). */
async function isCurvePoint(point: Uint8Array, namedCurve: string): Promise<boolean> {
  try {
    await crypto.subtle.importKey(
      'raw',
      point as BufferSource,
      { name: 'ECDSA', namedCurve },
      false,
      ['verify'],
    )
    return true
  } catch {
    return false
  }
}

async function ecdsaBits(
  curve: string,
  point: Uint8Array | undefined,
): Promise<number | undefined> {
  const known = ECDSA_CURVES[curve]
  if (!known || !point) return undefined
  const coordinate = Math.ceil(known.bits / 8)
  if (point.length !== 1 + 2 * coordinate || point[0] !== 4) return undefined
  return (await isCurvePoint(point, known.webCrypto)) ? known.bits : undefined
}

/**
 * The key size, when the blob's fields are exactly those of its type (as OpenSSH's
 * `sshkey_from_blob` requires: every length inside, no bytes left over, a point on its curve);
 * undefined for a blob that is cut short or damaged.
 */
async function keyBits(type: string, fields: Uint8Array[]): Promise<number | undefined> {
  const [, first, second, third] = fields
  switch (type) {
    case 'ssh-ed25519':
      return fields.length === 2 && first?.length === 32 ? 256 : undefined
    case 'sk-ssh-ed25519@openssh.com':
      return fields.length === 3 && first?.length === 32 ? 256 : undefined
    case 'ecdsa-sha2-nistp256':
    case 'ecdsa-sha2-nistp384':
    case 'ecdsa-sha2-nistp521':
      return fields.length === 3 && type === `ecdsa-sha2-${latin1(first)}`
        ? ecdsaBits(latin1(first), second)
        : undefined
    case 'sk-ecdsa-sha2-nistp256@openssh.com':
      return fields.length === 4 && latin1(first) === 'nistp256' && third !== undefined
        ? ecdsaBits('nistp256', second)
        : undefined
    case 'ssh-rsa':
      return fields.length === 3 && mpintBits(first!) > 0
        ? mpintBits(second!) || undefined
        : undefined
    case 'ssh-dss':
      return fields.length === 5 && fields.slice(1).every((mpint) => mpintBits(mpint) > 0)
        ? mpintBits(first!)
        : undefined
    default:
      return undefined
  }
}

/** OpenSSH refuses RSA keys under this size (SSH_RSA_MINIMUM_MODULUS_SIZE). */
const RSA_MIN_BITS = 1024
/** Under this an RSA key is weak (NIST SP 800-131A disallows it since 2014), though accepted. */
export const RSA_RECOMMENDED_BITS = 2048

/** Whether a valid key is weak enough to warn about: RSA under 2048 bits. */
export function isWeakKey(key: Pick<ParsedSshKey, 'type' | 'bits'>): boolean {
  return key.type === 'ssh-rsa' && key.bits < RSA_RECOMMENDED_BITS
}

function toUnpaddedBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes)).replace(/=+$/, '')
}

export async function sshFingerprint(blob: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', blob as BufferSource))
  return `SHA256:${toUnpaddedBase64(digest)}`
}

/** Checks a pasted or loaded public key; the private-key check runs before anything else. */
export async function checkSshPublicKey(text: string): Promise<SshKeyCheck> {
  if (looksLikePrivateKey(text)) return { ok: false, problem: 'privateKey' }
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
  if (lines.length === 0) return { ok: false, problem: 'empty' }
  if (lines.length > 1) return { ok: false, problem: 'severalKeys' }

  const words = lines[0]!.split(/\s+/)
  // authorized_keys lines may start with options (`from="…",no-pty ssh-ed25519 AAAA…`)
  const typeIndex = words.findIndex((field) => (sshKeyTypes as readonly string[]).includes(field))
  if (typeIndex < 0 || typeIndex + 1 >= words.length) return { ok: false, problem: 'unknownType' }
  const type = words[typeIndex]!
  const data = words[typeIndex + 1]!
  const blob = decodeBase64(data)
  if (!blob) return { ok: false, problem: 'notBase64' }
  if (blobType(blob) !== type) return { ok: false, problem: 'mismatch' }
  const fields = blobFields(blob)
  if (fields === undefined) return { ok: false, problem: 'damaged' }
  const bits = await keyBits(type, fields)
  if (bits === undefined) return { ok: false, problem: 'damaged' }
  if (type === 'ssh-rsa' && bits < RSA_MIN_BITS) return { ok: false, problem: 'rsaTooShort' }
  const comment = words.slice(typeIndex + 2).join(' ')
  return {
    ok: true,
    key: {
      type,
      comment,
      line: comment ? `${type} ${data} ${comment}` : `${type} ${data}`,
      fingerprint: await sshFingerprint(blob),
      bits,
    },
  }
}

/** What the `Host` line of an ssh_config block names (all of it, spaces included), if any. */
function hostPatternsOf(sshConfigBlock: string): string | undefined {
  return /^[ \t]*Host[ \t]+(.*\S)/im.exec(sshConfigBlock)?.[1]
}

/**
 * The host alias for a key's name: `mytoken-<name>` like the server's, but one word of letters,
 * digits, `.`, `_` and `-`, so that no other host name matches it in ~/.ssh/config.
 */
export function sshHostAlias(name: string | undefined): string {
  const word = (name ?? '').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|-+$/g, '')
  return word === '' ? 'mytoken' : `mytoken-${word}`
}

const SAFE_HOST = /^[A-Za-z0-9.-]+$|^[0-9A-Fa-f:]+$/
const SAFE_PORT = /^\d{1,5}$/
const SAFE_USER = /^[A-Za-z0-9._-]+$/

function settingOf(block: string, keyword: string): string | undefined {
  return new RegExp(`^[ \\t]*${keyword}[ \\t]+(\\S+)[ \\t]*$`, 'im').exec(block)?.[1]
}

export interface SafeHostConfig {
  alias: string
  /** one `Host` entry for ~/.ssh/config with exactly that alias */
  block: string
  /** what the server's block names in its `Host` line, when that is not the alias */
  serverPatterns: string | undefined
}

/**
 * A ~/.ssh/config entry that is safe to paste, whatever the server's block says: a single alias,
 * the server's host name and port when they are plain values (else the issuer's host and the
 * grant's port 2222, as upstream), and the secret user name.
 */
export function safeHostConfig(
  serverBlock: string,
  sshUser: string,
  keyName: string | undefined,
  issuer: string,
): SafeHostConfig | undefined {
  if (!SAFE_USER.test(sshUser)) return undefined
  const alias = sshHostAlias(keyName)
  const host = settingOf(serverBlock, 'HostName')
  const port = settingOf(serverBlock, 'Port')
  const patterns = hostPatternsOf(serverBlock)
  const block = [
    '# Host entry for mytoken',
    `Host ${alias}`,
    `\tHostName ${host !== undefined && SAFE_HOST.test(host) ? host : new URL(issuer).hostname}`,
    `\tPort ${port !== undefined && SAFE_PORT.test(port) ? port : '2222'}`,
    `\tUser ${sshUser}`,
    '\t# If you use a non-default ssh key for this entry, update the following line',
    '\t# IdentityFile ~/.ssh/your.key',
    '',
  ].join('\n')
  return { alias, block, serverPatterns: patterns !== alias ? patterns : undefined }
}

/** Capabilities a key's token can use over `ssh`: AT, MT, introspect/history/subtokens, list. */
const sshCommandCapabilities = ['AT', 'tokeninfo', 'create_mytoken', 'manage_mytokens:list']

/**
 * mytoken server 0.10.x panics (nil pointer, internal/server/ssh/mytoken.go:34) when a key runs
 * `ssh … MT`, the one command that needs `create_mytoken`.
 */
export function sshMytokenCommandCrashes(serverVersion: string | undefined): boolean {
  return /^v?0\.10(\.|$)/.test(serverVersion ?? '')
}

/** The capabilities to offer for a new SSH key on a server of this version (from discovery). */
export function sshKeyCapabilities(serverVersion: string | undefined): string[] {
  return sshMytokenCommandCrashes(serverVersion)
    ? sshCommandCapabilities.filter((name) => name !== 'create_mytoken')
    : sshCommandCapabilities
}
