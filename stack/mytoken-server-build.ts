// Builds the real mytoken server from the pinned source archive (the Go module proxy refuses the
// module itself, but serves all its dependencies). Result, reused on later starts:
//   .stack/mytoken-server/<sha256 prefix>-<patch>/src/   unpacked source, SSH address patch applied
//                                               (mytoken-server-ssh-patch.ts; config/server-profiles is read from here)
//   .stack/mytoken-server/<sha256 prefix>/bin/   mytoken-server, mytoken-setup, mytoken-migratedb
// The web interface, DB migration scripts and setup SQL are embedded in the binaries.
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { stackConfig } from './config.ts'
import { runCommand } from './child-processes.ts'
import { seconds, type LogLine } from './progress.ts'
import { applySshAddressPatch, sshPatchVersion } from './mytoken-server-ssh-patch.ts'

export const binaryNames = ['mytoken-server', 'mytoken-setup', 'mytoken-migratedb'] as const

export interface MytokenServerBuild {
  srcDir: string
  binDir: string
  /** whether this call built the binaries (false: reused) */
  built: boolean
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

function buildRoot(): string {
  return path.join(
    stackConfig.stateDir,
    'mytoken-server',
    `${stackConfig.mytoken.archiveSha256.slice(0, 12)}-${sshPatchVersion}`,
  )
}

/** The binaries if they were built before (no archive needed then). */
export function existingBuild(): MytokenServerBuild | undefined {
  const root = buildRoot()
  const binDir = path.join(root, 'bin')
  const complete = binaryNames.every((name) => fs.existsSync(path.join(binDir, name)))
  return complete ? { srcDir: path.join(root, 'src'), binDir, built: false } : undefined
}

/** Checks the archive against the pinned sha256, unpacks it and builds the three binaries. */
export async function ensureMytokenServerBuilt(log: LogLine): Promise<MytokenServerBuild> {
  const reused = existingBuild()
  if (reused) return reused

  const { archive, archiveSha256, version } = stackConfig.mytoken
  if (!fs.existsSync(archive)) {
    throw new Error(
      `mytoken server source archive not found: ${archive}\n` +
        `Set MYTOKEN_SERVER_ARCHIVE to a copy of the v${version} source archive (sha256 ${archiveSha256}).`,
    )
  }
  const actual = await sha256Of(archive)
  if (actual !== archiveSha256) {
    throw new Error(
      `mytoken server source archive has the wrong sha256:\n  file:     ${archive}\n` +
        `  expected: ${archiveSha256}\n  actual:   ${actual}\n` +
        'Use the pinned archive, or set MYTOKEN_SERVER_ARCHIVE_SHA256 if you deliberately use another one.',
    )
  }

  const root = buildRoot()
  const srcDir = path.join(root, 'src')
  const binDir = path.join(root, 'bin')
  const partialBinDir = path.join(root, 'bin.partial')
  fs.rmSync(srcDir, { recursive: true, force: true })
  fs.rmSync(partialBinDir, { recursive: true, force: true })
  fs.mkdirSync(srcDir, { recursive: true })
  fs.mkdirSync(partialBinDir, { recursive: true })
  // --strip-components: the pinned archive unpacks to mytoken-server-<v>/, GitHub's to server-<v>/
  await runCommand('tar', ['-xzf', archive, '-C', srcDir, '--strip-components=1'])
  applySshAddressPatch(srcDir)

  const started = Date.now()
  log(`▸ building the mytoken server v${version} (about 80 s the first time) …`)
  const ticker = setInterval(() => log(`  … still building (${seconds(started)})`), 20_000)
  const buildLog = path.join(root, 'build.log')
  try {
    await runCommand(
      'go',
      [
        'build',
        '-o',
        `${partialBinDir}/`,
        './cmd/mytoken-server',
        './cmd/mytoken-server/mytoken-setup',
        './cmd/mytoken-server/mytoken-migratedb',
      ],
      {
        cwd: srcDir,
        env: { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '-buildvcs=false' },
        logFile: buildLog,
      },
    )
  } catch (error) {
    throw new Error(
      `building the mytoken server failed (log: ${buildLog}): ${(error as Error).message}`,
    )
  } finally {
    clearInterval(ticker)
  }
  // only a complete build becomes bin/, so an interrupted build is never reused
  fs.rmSync(binDir, { recursive: true, force: true })
  fs.renameSync(partialBinDir, binDir)
  log(`▸ building the mytoken server … done in ${seconds(started)}`)
  return { srcDir, binDir, built: true }
}
