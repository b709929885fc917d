// Runs deploy/write-config.sh (the operator's config.json writer) the way a container start
// does: the configuration as environment variables, the web root as argument.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { RuntimeConfig } from '../scripts/runtime-config.ts'
import { stackConfig } from './config.ts'

export const writeConfigScript = path.join(stackConfig.projectRoot, 'deploy', 'write-config.sh')

/** The environment variables that describe `config` to write-config.sh. */
export function writeConfigEnvironment(config: RuntimeConfig): Record<string, string> {
  return {
    MYTOKEN_WEB_INSTANCES: config.instances.map((i) => `${i.issuer} ${i.name}`).join(';'),
    MYTOKEN_WEB_SPA_CLIENTS: (config.spaClients ?? [])
      .map((c) => `${c.providerIssuer} ${c.clientId}`)
      .join(';'),
  }
}

export interface WriteConfigRun {
  status: number | null
  stdout: string
  stderr: string
  /** config.json as written, parsed (undefined when there is none) */
  written: unknown
}

/** Runs the script with exactly these variables into `webRoot` (a fresh temporary folder by default). */
export function runWriteConfigScript(
  variables: Record<string, string>,
  webRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'mytoken-web-root-')),
): WriteConfigRun {
  const result = spawnSync('sh', [writeConfigScript, webRoot], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...variables },
  })
  const file = path.join(webRoot, 'config.json')
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    written: fs.existsSync(file)
      ? (JSON.parse(fs.readFileSync(file, 'utf8')) as unknown)
      : undefined,
  }
}

/** Writes `config` into `webRoot` through the script; returns the nginx CSP origin lines it prints. */
export function runWriteConfig(
  config: RuntimeConfig,
  webRoot?: string,
): { originLines: string; written: unknown } {
  const run = runWriteConfigScript(writeConfigEnvironment(config), webRoot)
  if (run.status !== 0) throw new Error(`deploy/write-config.sh failed: ${run.stderr}`)
  return { originLines: run.stdout, written: run.written }
}
