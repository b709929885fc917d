// Serves the production build the way a deployment does, for the end-to-end tests:
//   1. deploy/write-config.sh writes config.json for the local stack from environment variables,
//   2. deploy/nginx/mytoken-web.conf gets the operator's edits (listen, root, CSP origin lines),
//   3. Debian's nginx serves the build in the foreground until SIGTERM/SIGINT.
// Run after `vite build` (playwright.config.ts does both).
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { localStackRuntimeConfig } from '../scripts/runtime-config.ts'
import { stackConfig } from './config.ts'
import { applyDeploymentEdits, nginxBinary, nginxMainConfig, shippedSitePath } from './nginx.ts'
import { runWriteConfig } from './write-config-runner.ts'

const { app, projectRoot, stateDir } = stackConfig
const buildDir = path.join(projectRoot, app.buildDir)
const prefix = path.join(stateDir, `nginx-${app.previewPort}`)

if (!fs.existsSync(path.join(buildDir, 'index.html'))) {
  throw new Error(`${buildDir}/index.html is missing; run \`vite build\` first`)
}

// exactly what a container start does; the tests then check that the app reads it
const { originLines } = runWriteConfig(localStackRuntimeConfig(), buildDir)

fs.rmSync(prefix, { recursive: true, force: true })
fs.mkdirSync(path.join(prefix, 'temp'), { recursive: true })
const siteFile = path.join(prefix, 'mytoken-web.conf')
fs.writeFileSync(
  siteFile,
  applyDeploymentEdits(fs.readFileSync(shippedSitePath, 'utf8'), {
    listen: `${app.host}:${app.previewPort}`,
    serverName: app.host,
    root: buildDir,
    originLines,
  }),
)
const mainConfig = path.join(prefix, 'nginx.conf')
fs.writeFileSync(mainConfig, nginxMainConfig(prefix, siteFile))

const started = performance.now()
// -e: the error log before the configuration is read (Debian's default is /var/log/nginx)
const nginx = spawn(
  nginxBinary,
  ['-p', prefix, '-c', mainConfig, '-e', 'stderr', '-g', 'daemon off;'],
  {
    stdio: ['ignore', 'inherit', 'inherit'],
  },
)
nginx.on('exit', (code, signal) => {
  const errorLog = path.join(prefix, 'error.log')
  if (code !== 0 && fs.existsSync(errorLog)) process.stderr.write(fs.readFileSync(errorLog, 'utf8'))
  process.exit(code ?? (signal ? 1 : 0))
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => nginx.kill('SIGQUIT'))
}

// report when it answers, for the record of how long nginx takes to start
for (let attempt = 0; attempt < 200; attempt++) {
  try {
    await fetch(app.previewOrigin)
    const answering = Math.round(performance.now() - started)
    const version = spawnSync(nginxBinary, ['-v'], { encoding: 'utf8' }).stderr.trim()
    console.error(
      `${version} serves ${app.buildDir} at ${app.previewOrigin}; answering ${answering} ms after start (${siteFile})`,
    )
    break
  } catch {
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}
