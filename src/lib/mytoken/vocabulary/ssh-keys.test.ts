import { describe, expect, it } from 'vitest'
import { checkSshPublicKey, isWeakKey, looksLikePrivateKey, safeHostConfig } from './ssh-keys'
import { generatedKeys } from './ssh-keys.fixtures'

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
    [
      ED25519,
      'ssh-ed25519',
      'SHA256:c5fhUxI6hL+cF4xJaVhOxlhDYge41xE1dyRT8wZ6+KE',
      'alice@laptop',
      256,
    ],
    [ECDSA, 'ecdsa-sha2-nistp256', 'SHA256:yXjqGm2UWZZx00v/Gjphaldf19EWgmZ2g7Q+JJJzTjE', '', 256],
    [RSA, 'ssh-rsa', 'SHA256:ke/5/wEAN2wWPPPIqpAjv11I8w0HacOreybygxjfmZY', 'r', 2048],
  ])(
    'computes the fingerprint ssh-keygen shows for %#',
    async (line, type, fingerprint, comment, bits) => {
      const result = await checkSshPublicKey(`\n  ${line}\n`)
      expect(result).toEqual({ ok: true, key: { type, fingerprint, comment, line, bits } })
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

describe('the structure inside the key data, as ssh-keygen -l checks it', () => {
  it.each(generatedKeys)(
    'takes $label with the size and fingerprint ssh-keygen printed',
    async (key) => {
      const result = await checkSshPublicKey(key.line)
      expect(result).toEqual({
        ok: true,
        key: expect.objectContaining({ bits: key.bits, fingerprint: key.fingerprint }),
      })
    },
  )

  it.each(generatedKeys)('refuses $label with its last 12 characters cut off', async (key) => {
    const truncated = key.line.slice(0, -12)
    expect(await checkSshPublicKey(truncated)).toEqual({ ok: false, problem: 'damaged' })
  })

  it('refuses key data with bytes after the key', async () => {
    const [type, data] = generatedKeys[0].line.split(' ') as [string, string]
    const longer = btoa(atob(data) + '\0\0\0\0')
    expect(await checkSshPublicKey(`${type} ${longer}`)).toEqual({ ok: false, problem: 'damaged' })
  })

  it('refuses an ECDSA key whose point is not on its curve', async () => {
    const key = generatedKeys.find((k) => k.label === 'ecdsa 256')!
    const [type, data] = key.line.split(' ') as [string, string]
    const bytes = atob(data)
    // flip a bit in the last coordinate byte
    const damaged = bytes.slice(0, -1) + String.fromCharCode(bytes.charCodeAt(bytes.length - 1) ^ 1)
    expect(await checkSshPublicKey(`${type} ${btoa(damaged)}`)).toEqual({
      ok: false,
      problem: 'damaged',
    })
  })

  it('refuses an RSA key under 1024 bits, like ssh-keygen', async () => {
    const string = (bytes: number[]) => [0, 0, bytes.length >> 8, bytes.length & 255, ...bytes]
    const blob = [
      ...string([...'ssh-rsa'].map((c) => c.charCodeAt(0))),
      ...string([1, 0, 1]),
      ...string([0x80, ...Array<number>(63).fill(0xab)]),
    ]
    const line = `ssh-rsa ${btoa(String.fromCharCode(...blob))}`
    expect(await checkSshPublicKey(line)).toEqual({ ok: false, problem: 'rsaTooShort' })
  })

  it('calls only RSA under 2048 bits weak', async () => {
    const weak = []
    for (const key of generatedKeys) {
      const result = await checkSshPublicKey(key.line)
      if (result.ok && isWeakKey(result.key)) weak.push(key.label)
    }
    expect(weak).toEqual(['rsa 1024'])
  })
})

const serverBlock = (patterns: string) =>
  `# Host entry for mytoken\nHost ${patterns}\n\tHostName ssh.example.org\n\tPort 2222\n\tUser AbCdEfGh12345678\n`

describe('safeHostConfig', () => {
  it('keeps the server’s alias when it is one word', () => {
    const config = safeHostConfig(
      serverBlock('mytoken-laptop'),
      'AbCdEfGh12345678',
      'laptop',
      'https://mt.example',
    )
    expect(config).toEqual({
      alias: 'mytoken-laptop',
      serverPatterns: undefined,
      block:
        '# Host entry for mytoken\nHost mytoken-laptop\n\tHostName ssh.example.org\n\tPort 2222\n\tUser AbCdEfGh12345678\n' +
        '\t# If you use a non-default ssh key for this entry, update the following line\n\t# IdentityFile ~/.ssh/your.key\n',
    })
  })

  it.each([
    ['Work laptop X', 'mytoken-Work-laptop-X'],
    ['  a*b?c!d  ', 'mytoken-a-b-c-d'],
    ['Müller’s PC', 'mytoken-M-ller-s-PC'],
    ['***', 'mytoken'],
    [undefined, 'mytoken'],
  ])('turns the name %j into the one-word alias %s', (name, alias) => {
    const config = safeHostConfig(
      serverBlock(`mytoken-${name ?? ''}`),
      'u1',
      name,
      'https://mt.example',
    )
    expect(config?.alias).toBe(alias)
    expect(config?.block.match(/^Host .*$/gm)).toEqual([`Host ${alias}`])
  })

  it('names what the server’s Host line said when it differs', () => {
    expect(
      safeHostConfig(
        serverBlock('mytoken-Work laptop X'),
        'u1',
        'Work laptop X',
        'https://mt.example',
      )?.serverPatterns,
    ).toBe('mytoken-Work laptop X')
  })

  it('ignores anything but plain values in the server’s block', () => {
    const hostile = '# x\nHost *\n\tHostName evil host\n\tPort 22 22\n\tProxyCommand sh -c x\n'
    const config = safeHostConfig(hostile, 'u1', 'pc', 'https://mt.example:8443/')
    expect(config?.block).toBe(
      '# Host entry for mytoken\nHost mytoken-pc\n\tHostName mt.example\n\tPort 2222\n\tUser u1\n' +
        '\t# If you use a non-default ssh key for this entry, update the following line\n\t# IdentityFile ~/.ssh/your.key\n',
    )
    expect(safeHostConfig(hostile, 'u 1', 'pc', 'https://mt.example')).toBeUndefined()
  })
})
