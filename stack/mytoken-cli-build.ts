// Builds the real mytoken command-line client (an outside client the e2e tests run the reveal
// page's snippets with) from its pinned source archive, like the server (the Go module proxy
// refuses the module itself but serves its dependencies). Result, reused later:
//   .stack/mytoken-cli/<sha256 prefix>/bin/mytoken
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { runCommand } from './child-processes.ts'
import { stackConfig } from './config.ts'
import { seconds, type LogLine } from './progress.ts'

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/** Refuses a missing archive or one that is not the pinned one (sha256), saying how to fix it. */
async function verifyArchive(pin: {
  what: string
  archive: string
  archiveSha256: string
  version: string
  envPrefix: string
}): Promise<void> {
  const { what, archive, archiveSha256, version, envPrefix } = pin
  if (!fs.existsSync(archive)) {
    throw new Error(
      `${what} source archive not found: ${archive}\n` +
        `Set ${envPrefix} to a copy of the v${version} source archive (sha256 ${archiveSha256}).`,
    )
  }
  const actual = await sha256Of(archive)
  if (actual !== archiveSha256) {
    throw new Error(
      `${what} source archive has the wrong sha256:\n  file:     ${archive}\n` +
        `  expected: ${archiveSha256}\n  actual:   ${actual}\n` +
        `Use the pinned archive, or set ${envPrefix}_SHA256 if you deliberately use another one.`,
    )
  }
}

function buildRoot(): string {
  return path.join(
    stackConfig.stateDir,
    'mytoken-cli',
    stackConfig.mytokenCli.archiveSha256.slice(0, 12),
  )
}

/** Path of the `mytoken` binary once built. */
export function mytokenCliPath(): string {
  return path.join(buildRoot(), 'bin', 'mytoken')
}

let building: Promise<string> | undefined

/** Checks the archive against the pinned sha256, unpacks and builds `mytoken`; reuses a build. */
export function ensureMytokenCliBuilt(log: LogLine = () => {}): Promise<string> {
  building ??= build(log).finally(() => (building = undefined))
  return building
}

async function build(log: LogLine): Promise<string> {
  const binary = mytokenCliPath()
  if (fs.existsSync(binary)) return binary

  const { archive, archiveSha256, version } = stackConfig.mytokenCli
  await verifyArchive({
    what: 'mytoken client',
    archive,
    archiveSha256,
    version,
    envPrefix: 'MYTOKEN_CLIENT_ARCHIVE',
  })

  // Test workers are separate processes and may build at the same time: each builds in a folder
  // of its own, and the first to finish puts its binary in place.
  const root = buildRoot()
  fs.mkdirSync(root, { recursive: true })
  const work = fs.mkdtempSync(path.join(root, 'work-'))
  const srcDir = path.join(work, 'src')
  const partial = path.join(work, 'bin')
  fs.mkdirSync(srcDir)
  fs.mkdirSync(partial)
  await runCommand('tar', ['-xzf', archive, '-C', srcDir, '--strip-components=1'])

  const started = Date.now()
  log(`▸ building the mytoken command-line client v${version} (about 60 s the first time) …`)
  const buildLog = path.join(work, 'build.log')
  try {
    await runCommand('go', ['build', '-o', path.join(partial, 'mytoken'), './cmd/mytoken'], {
      cwd: srcDir,
      env: { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '-buildvcs=false' },
      logFile: buildLog,
    })
  } catch (error) {
    throw new Error(
      `building the mytoken client failed (log: ${buildLog}): ${(error as Error).message}`,
    )
  }
  try {
    fs.renameSync(partial, path.dirname(binary))
  } catch (error) {
    // another worker's build got there first: its binary is the same
    if (!fs.existsSync(binary)) throw error
  }
  fs.rmSync(work, { recursive: true, force: true })
  log(`▸ building the mytoken command-line client … done in ${seconds(started)}`)
  return binary
}
