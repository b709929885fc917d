// Where the mytoken server's source comes from, in this order:
//   1. MYTOKEN_SERVER_ARCHIVE — a source archive the user points at (e.g. GitHub's tag archive),
//   2. the vendored archive next to the project (../shared/vendor/, sha256-pinned),
//   3. the pinned tag through the Go module proxy (`go mod download`, checked against the Go
//      checksum database; needs internet). `go install …@v0.10.1` cannot work: the server's go.mod
//      has a `replace` directive, which `go install` refuses, so the module is built as main module.
// When none works, the stack stops with one message that names all three.
import { spawn } from 'node:child_process'

export const serverModule = 'github.com/oidc-mytoken/server'

export interface SourceChoiceInput {
  /** MYTOKEN_SERVER_ARCHIVE, when set */
  archiveFromEnv: string | undefined
  vendoredArchive: string
  exists: (file: string) => boolean
}

export type ServerSource =
  | { kind: 'archive'; archive: string; from: 'MYTOKEN_SERVER_ARCHIVE' | 'vendored' }
  | { kind: 'go-module-proxy' }
  /** MYTOKEN_SERVER_ARCHIVE names a file that is not there: a mistake to report, not to skip */
  | { kind: 'missing-env-archive'; archive: string }

/** The first available source, in the documented order (pure; `exists` is the only input from outside). */
export function chooseServerSource(input: SourceChoiceInput): ServerSource {
  if (input.archiveFromEnv !== undefined && input.archiveFromEnv !== '') {
    return input.exists(input.archiveFromEnv)
      ? { kind: 'archive', archive: input.archiveFromEnv, from: 'MYTOKEN_SERVER_ARCHIVE' }
      : { kind: 'missing-env-archive', archive: input.archiveFromEnv }
  }
  if (input.exists(input.vendoredArchive)) {
    return { kind: 'archive', archive: input.vendoredArchive, from: 'vendored' }
  }
  return { kind: 'go-module-proxy' }
}

export interface UnavailableSource extends SourceChoiceInput {
  version: string
  archiveSha256: string
  /** why the Go module proxy did not deliver (undefined: not tried) */
  moduleProxyError: string | undefined
}

/** The one message when no source is available: the three ways, and what happened to each. */
export function serverSourceUnavailableMessage(state: UnavailableSource): string {
  const { version, archiveFromEnv, vendoredArchive, archiveSha256, moduleProxyError, exists } =
    state
  const tagArchive = `https://github.com/oidc-mytoken/server/archive/refs/tags/v${version}.tar.gz`
  const envState = archiveFromEnv ? `set to ${archiveFromEnv}, which does not exist` : 'not set'
  const proxyState =
    moduleProxyError === undefined ? 'not tried' : `failed: ${moduleProxyError.trim()}`
  return [
    `The mytoken server v${version} cannot be built: its source is not available here.`,
    'Provide it in one of these three ways (tried in this order):',
    `  1. MYTOKEN_SERVER_ARCHIVE=/path/to/source.tar.gz — a copy of the v${version} source, e.g. GitHub's`,
    `     tag archive ${tagArchive}`,
    '     (add MYTOKEN_SERVER_ARCHIVE_SHA256=<its sha256>: only the vendored archive is pinned)',
    `     → ${envState}`,
    `  2. the vendored archive ${vendoredArchive}`,
    `     (sha256 ${archiveSha256})`,
    `     → ${exists(vendoredArchive) ? 'present' : 'missing'}`,
    `  3. internet access for the Go module proxy: the stack fetches ${serverModule}@v${version}`,
    '     with `go mod download` (checked against the Go checksum database) and builds it',
    `     → ${proxyState}`,
  ].join('\n')
}

/**
 * Downloads the pinned module version into the Go module cache; resolves to its (read-only)
 * source folder, rejects with go's own error text.
 */
export function downloadServerModule(version: string, env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('go', ['mod', 'download', '-json', `${serverModule}@v${version}`], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', (error) => reject(new Error(`go could not be run: ${error.message}`)))
    child.on('close', (code) => {
      let info: { Dir?: string; Error?: string } = {}
      try {
        info = JSON.parse(stdout) as typeof info
      } catch {
        // go printed no JSON; its stderr says why
      }
      if (code === 0 && info.Dir) resolve(info.Dir)
      else reject(new Error(info.Error ?? (stderr.trim() || `go mod download exited with ${code}`)))
    })
  })
}
