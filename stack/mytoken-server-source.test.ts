// Where the stack finds the mytoken server's source, and the one message when it finds none.
// No network: the Go module proxy is switched off (GOPROXY=off) with an empty module cache.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { stackConfig } from './config.ts'
import { provideServerSource } from './mytoken-server-build.ts'
import { chooseServerSource } from './mytoken-server-source.ts'

const vendored = '/project/../shared/vendor/mytoken-server-v0.10.1.tar.gz'
const existing =
  (...files: string[]) =>
  (file: string) =>
    files.includes(file)

describe('chooseServerSource', () => {
  test('MYTOKEN_SERVER_ARCHIVE comes first', () => {
    expect(
      chooseServerSource({
        archiveFromEnv: '/tmp/server.tar.gz',
        vendoredArchive: vendored,
        exists: existing('/tmp/server.tar.gz', vendored),
      }),
    ).toEqual({ kind: 'archive', archive: '/tmp/server.tar.gz', from: 'MYTOKEN_SERVER_ARCHIVE' })
  })

  test('a MYTOKEN_SERVER_ARCHIVE that does not exist is reported, not skipped', () => {
    expect(
      chooseServerSource({
        archiveFromEnv: '/tmp/typo.tar.gz',
        vendoredArchive: vendored,
        exists: existing(vendored),
      }),
    ).toEqual({ kind: 'missing-env-archive', archive: '/tmp/typo.tar.gz' })
  })

  test('then the vendored archive (an empty MYTOKEN_SERVER_ARCHIVE counts as unset)', () => {
    for (const archiveFromEnv of [undefined, '']) {
      expect(
        chooseServerSource({
          archiveFromEnv,
          vendoredArchive: vendored,
          exists: existing(vendored),
        }),
      ).toEqual({ kind: 'archive', archive: vendored, from: 'vendored' })
    }
  })

  test('then the Go module proxy', () => {
    expect(
      chooseServerSource({
        archiveFromEnv: undefined,
        vendoredArchive: vendored,
        exists: existing(),
      }),
    ).toEqual({ kind: 'go-module-proxy' })
  })
})

describe('with no archive and no network', () => {
  const offlineGo = () => ({
    ...process.env,
    GOPROXY: 'off',
    GOFLAGS: '',
    GOTOOLCHAIN: 'local',
    GOMODCACHE: fs.mkdtempSync(path.join(os.tmpdir(), 'empty-gomodcache-')),
  })
  const missingVendored = path.join(os.tmpdir(), 'no-such-dir', 'mytoken-server-v0.10.1.tar.gz')
  const log = () => undefined

  test('the stack stops with one message naming the three ways to provide the server', async () => {
    const started = Date.now()
    const failure = provideServerSource(
      { archiveFromEnv: undefined, vendoredArchive: missingVendored, exists: fs.existsSync },
      offlineGo(),
      log,
    )
    await expect(failure).rejects.toThrow(
      /^The mytoken server v0\.10\.1 cannot be built: its source is not available here\./,
    )
    const message = (await failure.catch((error: Error) => error.message)) as string
    expect(message).toContain('Provide it in one of these three ways (tried in this order):')
    expect(message).toMatch(
      / {2}1\. MYTOKEN_SERVER_ARCHIVE=\/path\/to\/source\.tar\.gz .*\n.*https:\/\/github\.com\/oidc-mytoken\/server\/archive\/refs\/tags\/v0\.10\.1\.tar\.gz/,
    )
    expect(message).toMatch(/→ not set\n/)
    expect(message).toContain(`  2. the vendored archive ${missingVendored}`)
    expect(message).toContain(`(sha256 ${stackConfig.mytoken.archiveSha256})\n     → missing`)
    expect(message).toContain('  3. internet access for the Go module proxy')
    expect(message).toMatch(/→ failed: .*github\.com\/oidc-mytoken\/server@v0\.10\.1.*GOPROXY=off/)
    expect(Date.now() - started).toBeLessThan(20_000)
  })

  test('a mistyped MYTOKEN_SERVER_ARCHIVE is named, and the network is not tried', async () => {
    const failure = provideServerSource(
      {
        archiveFromEnv: '/tmp/typo/server.tar.gz',
        vendoredArchive: missingVendored,
        exists: fs.existsSync,
      },
      offlineGo(),
      log,
    )
    const message = (await failure.catch((error: Error) => error.message)) as string
    expect(message).toContain('→ set to /tmp/typo/server.tar.gz, which does not exist')
    expect(message).toContain('→ not tried')
  })
})
