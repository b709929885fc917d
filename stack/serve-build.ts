// Serves the production build the way a deployment does, for the end-to-end tests:
//   1. a copy of the build gets a config.json for the local stack from deploy/write-config.sh,
//   2. deploy/nginx/mytoken-web.conf gets the operator's edits (listen, root, CSP origin lines),
//   3. Debian's nginx serves the build in the foreground until SIGTERM/SIGINT.
// Run after `vite build` (playwright.config.ts does both).
import fs from 'node:fs'
import path from 'node:path'
import { localStackRuntimeConfig } from '../scripts/runtime-config.ts'
import { stackConfig } from './config.ts'
import { startNginx } from './nginx.ts'
import { runWriteConfig } from './write-config-runner.ts'

const { app, projectRoot, stateDir } = stackConfig
const buildDir = path.join(projectRoot, app.buildDir)
const prefix = path.join(stateDir, `nginx-${app.previewPort}`)

if (!fs.existsSync(path.join(buildDir, 'index.html'))) {
  throw new Error(`${buildDir}/index.html is missing; run \`vite build\` first`)
}

// As a deployment does: a copy of the build (so dist/ keeps the shipped config.json) with a
// config.json for the local stack written by write-config.sh from environment variables.
const webRoot = path.join(stateDir, `www-${app.previewPort}`)
fs.rmSync(webRoot, { recursive: true, force: true })
fs.cpSync(buildDir, webRoot, { recursive: true })
const { originLines } = runWriteConfig(localStackRuntimeConfig(), webRoot)

const nginx = await startNginx(prefix, {
  listen: `${app.host}:${app.previewPort}`,
  serverName: app.host,
  root: webRoot,
  originLines,
}).catch((error: unknown) => {
  process.stderr.write(`\n${(error as Error).message}\n`)
  process.exit(1)
})
console.error(
  `${nginx.version} serves ${app.buildDir} (as ${webRoot}) at ${nginx.origin}, answering ${nginx.startMs} ms after start (${nginx.siteFile})`,
)
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void nginx.stop())
}
process.exit(await nginx.exited)
