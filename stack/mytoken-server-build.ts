// Builds the real mytoken server from its source (found as stack/mytoken-server-source.ts
// describes; the Go module proxy serves all its dependencies). Result, reused on later starts:
//   .stack/mytoken-server/<archive sha256 prefix | module-v…>/src/   the source (config/server-profiles is read from here)
//   .stack/mytoken-server/<archive sha256 prefix | module-v…>/bin/   mytoken-server, mytoken-setup, mytoken-migratedb
// The web interface, DB migration scripts and setup SQL are embedded in the binaries.
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { runCommand } from './child-processes.ts'
import { stackConfig } from './config.ts'
import {
  chooseServerSource,
  downloadServerModule,
  serverModule,
  serverSourceUnavailableMessage,
  type SourceChoiceInput,
} from './mytoken-server-source.ts'
import {
  applySshAddressPatch,
  sshPatchSummary,
  sshPatchVersion,
} from './mytoken-server-ssh-patch.ts'
import { seconds, type LogLine } from './progress.ts'

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

const buildsDir = () => path.join(stackConfig.stateDir, 'mytoken-server')
const archiveBuildRoot = () =>
  path.join(buildsDir(), `${stackConfig.mytoken.archiveSha256.slice(0, 12)}-${sshPatchVersion}`)
const moduleBuildRoot = () =>
  path.join(buildsDir(), `module-v${stackConfig.mytoken.version}-${sshPatchVersion}`)

/** The binaries if they were built before (no source needed then). */
export function existingBuild(): MytokenServerBuild | undefined {
  for (const root of [archiveBuildRoot(), moduleBuildRoot()]) {
    const binDir = path.join(root, 'bin')
    const complete = binaryNames.every((name) => fs.existsSync(path.join(binDir, name)))
    if (complete) return { srcDir: path.join(root, 'src'), binDir, built: false }
  }
  return undefined
}

async function checkedArchive(archive: string): Promise<void> {
  const { archiveSha256 } = stackConfig.mytoken
  const actual = await sha256Of(archive)
  if (actual !== archiveSha256) {
    throw new Error(
      `mytoken server source archive has the wrong sha256:\n  file:     ${archive}\n` +
        `  expected: ${archiveSha256}\n  actual:   ${actual}\n` +
        'Use the pinned archive, or set MYTOKEN_SERVER_ARCHIVE_SHA256 if you deliberately use another one.',
    )
  }
}

/**
 * The first source available (see mytoken-server-source.ts): its build folder and how to put the
 * source into a folder; throws the one message that names all three ways when there is none.
 */
export async function provideServerSource(
  input: SourceChoiceInput,
  goEnv: NodeJS.ProcessEnv,
  log: LogLine,
): Promise<{ root: string; unpack: (srcDir: string) => Promise<void> }> {
  const { version, archiveSha256 } = stackConfig.mytoken
  const source = chooseServerSource(input)
  if (source.kind === 'archive') {
    await checkedArchive(source.archive)
    return {
      root: archiveBuildRoot(),
      // --strip-components: the pinned archive unpacks to mytoken-server-<v>/, GitHub's to server-<v>/
      unpack: async (srcDir) => {
        await runCommand('tar', ['-xzf', source.archive, '-C', srcDir, '--strip-components=1'])
      },
    }
  }
  let moduleProxyError: string | undefined
  if (source.kind === 'go-module-proxy') {
    log(`▸ no source archive; fetching ${serverModule}@v${version} through the Go module proxy …`)
    try {
      const moduleDir = await downloadServerModule(version, goEnv)
      return {
        root: moduleBuildRoot(),
        // the module cache is read-only; the build needs a writable copy
        unpack: async (srcDir) => {
          fs.cpSync(moduleDir, srcDir, { recursive: true })
          await runCommand('chmod', ['-R', 'u+w', srcDir])
        },
      }
    } catch (error) {
      moduleProxyError = (error as Error).message
    }
  }
  throw new Error(
    serverSourceUnavailableMessage({ ...input, version, archiveSha256, moduleProxyError }),
  )
}

/** Finds the source (archive, vendored archive or module proxy) and builds the three binaries. */
export async function ensureMytokenServerBuilt(log: LogLine): Promise<MytokenServerBuild> {
  const reused = existingBuild()
  if (reused) return reused

  const { version, archiveFromEnv, vendoredArchive } = stackConfig.mytoken
  const goEnv = { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '-buildvcs=false' }
  const { root, unpack } = await provideServerSource(
    { archiveFromEnv, vendoredArchive, exists: fs.existsSync },
    goEnv,
    log,
  )

  const srcDir = path.join(root, 'src')
  const binDir = path.join(root, 'bin')
  const partialBinDir = path.join(root, 'bin.partial')
  fs.rmSync(srcDir, { recursive: true, force: true })
  fs.rmSync(partialBinDir, { recursive: true, force: true })
  fs.mkdirSync(srcDir, { recursive: true })
  fs.mkdirSync(partialBinDir, { recursive: true })
  await unpack(srcDir)
  applySshAddressPatch(srcDir)
  log(`▸ patched the server source: ${sshPatchSummary}`)

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
        env: goEnv,
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
