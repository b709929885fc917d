import { describe, expect, it } from 'vitest'
import { checkSshPublicKey, hostAliasOf, looksLikePrivateKey } from './ssh-keys'

// made with `ssh-keygen -t … -f k`; fingerprints from `ssh-keygen -l -f k.pub`
const ED25519 =
  'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJ/jHayNkqriLHykcVG2TDugiSb9JiTw+W9V80HWXmpn alice@laptop'
const ECDSA =
  'ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBDmEMtIPxOJOiQHuP5rcIa14ch4OxBgJrtC+HqhZAnfL+aKv+Jq9kikYvNAxAYPEbXM+bxgiS/x5sQvjh/mQlgc='
const RSA =
  'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQDGl8ec4RcEZ9iHMUdqp08dtM9xlETt++IDDqjqqUCXXzGC+anr/dveO1L6Eo+PFaQ7PzSKI0f1Ss8/4ePP04j7OfiASlSfY2hDNI7F3GAMxvLqJ5Bx3rDLji8eNEEbcPwF3A4SpcXrLDk3xrAQ3ldzDsWjgyYm76I/Abu5GQnpqdLWMoAlV+qha+rpm0uQIF8tNdB1OyajMuqwkifMP4WWBNdeMVVPqBdmcdQfzIOlxXh7kNid4dzN3zXMk2uQxMwjjexjGtu3bpHxgMiCeYRE8VZZ72XhB5WN9ZhOgjMtckLUxgNrT6DJT3PJFKVixhsoWpTVrGxTh1yd4GJiwUTJ r'
const PRIVATE = `-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
-----END OPENSSH PRIVATE KEY-----`

describe('checkSshPublicKey', () => {
  it.each([
    [ED25519, 'ssh-ed25519', 'SHA256:c5fhUxI6hL+cF4xJaVhOxlhDYge41xE1dyRT8wZ6+KE', 'alice@laptop'],
    [ECDSA, 'ecdsa-sha2-nistp256', 'SHA256:yXjqGm2UWZZx00v/Gjphaldf19EWgmZ2g7Q+JJJzTjE', ''],
    [RSA, 'ssh-rsa', 'SHA256:ke/5/wEAN2wWPPPIqpAjv11I8w0HacOreybygxjfmZY', 'r'],
  ])(
    'computes the fingerprint ssh-keygen shows for %#',
    async (line, type, fingerprint, comment) => {
      const result = await checkSshPublicKey(`\n  ${line}\n`)
      expect(result).toEqual({ ok: true, key: { type, fingerprint, comment, line } })
    },
  )

  it('drops authorized_keys options and keeps type, data and comment', async () => {
    const result = await checkSshPublicKey(`from="10.0.0.0/8",no-pty ${ED25519}`)
    expect(result.ok && result.key.line).toBe(ED25519)
  })

  it('refuses a private key before looking at anything else', async () => {
    expect(await checkSshPublicKey(PRIVATE)).toEqual({ ok: false, problem: 'privateKey' })
    expect(await checkSshPublicKey(`${ED25519}\n${PRIVATE}`)).toEqual({
      ok: false,
      problem: 'privateKey',
    })
    expect(looksLikePrivateKey('PuTTY-User-Key-File-3: ssh-ed25519')).toBe(true)
    expect(looksLikePrivateKey('-----BEGIN RSA PRIVATE KEY-----')).toBe(true)
    expect(looksLikePrivateKey(ED25519)).toBe(false)
  })

  it.each([
    ['', 'empty'],
    ['# only a comment', 'empty'],
    [`${ED25519}\n${ECDSA}`, 'severalKeys'],
    ['ssh-foo AAAA', 'unknownType'],
    ['ssh-ed25519', 'unknownType'],
    ['ssh-ed25519 not*base64', 'notBase64'],
    ['ssh-ed25519 AAAAB3NzaC1yc2EAAAADAQABAAABAQDG', 'mismatch'],
    [ED25519.replace('AAAAC3', 'AAAAC4'), 'mismatch'],
  ])('names the problem of %j', async (text, problem) => {
    expect(await checkSshPublicKey(text)).toEqual({ ok: false, problem })
  })
})

describe('hostAliasOf', () => {
  it('reads the alias of the Host line the server returns', () => {
    const block =
      '# Host entry for mytoken\nHost mytoken-laptop\n\tHostName 127.0.0.1\n\tPort 2222\n'
    expect(hostAliasOf(block)).toBe('mytoken-laptop')
    expect(hostAliasOf('nothing')).toBeUndefined()
  })
})
