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

export interface ParsedSshKey {
  type: string
  /** the authorized_keys line as it will be sent: type, key data and comment, no options */
  line: string
  comment: string
  /** `SHA256:<unpadded base64>` like `ssh-keygen -l -E sha256` */
  fingerprint: string
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

/** The first length-prefixed string of an SSH wire-format key blob. */
function blobType(blob: Uint8Array): string | undefined {
  if (blob.length < 4) return undefined
  const length = ((blob[0]! << 24) | (blob[1]! << 16) | (blob[2]! << 8) | blob[3]!) >>> 0
  if (length === 0 || length > 64 || 4 + length > blob.length) return undefined
  return String.fromCharCode(...blob.subarray(4, 4 + length))
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

  const fields = lines[0]!.split(/\s+/)
  // authorized_keys lines may start with options (`from="…",no-pty ssh-ed25519 AAAA…`)
  const typeIndex = fields.findIndex((field) => (sshKeyTypes as readonly string[]).includes(field))
  if (typeIndex < 0 || typeIndex + 1 >= fields.length) return { ok: false, problem: 'unknownType' }
  const type = fields[typeIndex]!
  const data = fields[typeIndex + 1]!
  const blob = decodeBase64(data)
  if (!blob) return { ok: false, problem: 'notBase64' }
  if (blobType(blob) !== type) return { ok: false, problem: 'mismatch' }
  const comment = fields.slice(typeIndex + 2).join(' ')
  return {
    ok: true,
    key: {
      type,
      comment,
      line: comment ? `${type} ${data} ${comment}` : `${type} ${data}`,
      fingerprint: await sshFingerprint(blob),
    },
  }
}

/** The alias of the first `Host` line of an ssh_config block (`mytoken-<name>`), if any. */
export function hostAliasOf(sshConfigBlock: string): string | undefined {
  return /^\s*Host\s+(\S+)/im.exec(sshConfigBlock)?.[1]
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
