// Vite plugin: after the client build, renders every static route's shell to HTML with React's
// own server renderer (src/entry-server.tsx, built by Vite for SSR into a throwaway folder) and
// writes one file per route — the layout the web server serves (README, "Deploying"):
//   dist/index.html             the home page, and the fallback for every other path
//   dist/<route>/index.html     create, tokens, token-info, sign-in, account
// Each page also gets the render-blocking boot script (src/boot/boot.ts, an external file:
// the CSP allows no inline script), which starts the app's modules — the entry, and this
// route's own code — once the page has been painted (Vite's script tags are moved into a
// <meta> for it).
import { createHash } from 'node:crypto'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { build, type Manifest, type Plugin, type ResolvedConfig } from 'vite'
import { paths } from '../src/app/paths.ts'
import { APP_SCRIPTS_META, PRERENDERED_ROUTE_ATTRIBUTE } from '../src/boot/attributes.ts'

/** Every route without a parameter has a prerendered page of its own. */
export const prerenderedRoutes: string[] = Object.values(paths).filter((p) => !p.includes(':'))

/** Route → the module that holds its page (lazy routes), for module preloads. */
const routeModules: Record<string, string[]> = {
  [paths.create]: ['src/app/routes/create.tsx'],
  [paths.tokens]: ['src/app/routes/tokens.tsx'],
  [paths.tokenInfo]: ['src/app/routes/token-info.tsx'],
  [paths.signIn]: ['src/app/routes/sign-in.tsx'],
  [paths.account]: ['src/app/routes/account.tsx'],
}
/** the API client, which every page but the start page loads at once (discovery) */
const CLIENT_MODULE = 'src/lib/mytoken/client.ts'

export function pageFile(outDir: string, route: string): string {
  return route === '/' ? path.join(outDir, 'index.html') : path.join(outDir, route, 'index.html')
}

/** The JavaScript files a module needs (itself and its static imports), minus those of the entry. */
function chunkFiles(manifest: Manifest, key: string, seen = new Set<string>()): string[] {
  const chunk = manifest[key]
  if (!chunk || seen.has(key)) return []
  seen.add(key)
  return [chunk.file, ...(chunk.imports ?? []).flatMap((k) => chunkFiles(manifest, k, seen))]
}

async function buildBootScript(config: ResolvedConfig, outDir: string): Promise<string> {
  const output = await build({
    configFile: false,
    root: config.root,
    logLevel: 'warn',
    resolve: { alias: config.resolve.alias },
    build: {
      write: false,
      minify: true,
      lib: { entry: 'src/boot/boot.ts', formats: ['iife'], name: 'mytokenWebBoot' },
    },
  })
  const outputs = Array.isArray(output) ? output : [output]
  const chunk = outputs
    .flatMap((o) => ('output' in o ? o.output : []))
    .find((o) => o.type === 'chunk')
  if (!chunk || chunk.type !== 'chunk') throw new Error('the boot script was not built')
  const hash = createHash('sha256').update(chunk.code).digest('hex').slice(0, 10)
  const file = `assets/boot-${hash}.js`
  await writeFile(path.join(outDir, file), chunk.code)
  return `/${file}`
}

async function renderShells(config: ResolvedConfig): Promise<Map<string, string>> {
  const ssrOutDir = path.join(config.root, 'node_modules', '.cache', `prerender-${process.pid}`)
  try {
    await build({
      configFile: config.configFile,
      mode: config.mode,
      logLevel: 'warn',
      build: {
        ssr: 'src/entry-server.tsx',
        outDir: ssrOutDir,
        emptyOutDir: true,
        manifest: false,
        rollupOptions: { input: 'src/entry-server.tsx' },
      },
    })
    const entry = (await import(pathToFileURL(path.join(ssrOutDir, 'entry-server.js')).href)) as {
      renderShell: (route: string) => Promise<string>
    }
    const shells = new Map<string, string>()
    for (const route of prerenderedRoutes) shells.set(route, await entry.renderShell(route))
    return shells
  } finally {
    await rm(ssrOutDir, { recursive: true, force: true })
  }
}

export function prerenderPlugin(): Plugin {
  let config: ResolvedConfig
  return {
    name: 'mytoken-web-prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved
    },
    async closeBundle() {
      if (config.build.ssr || config.build.lib) return
      const started = performance.now()
      const outDir = path.resolve(config.root, config.build.outDir)
      const manifestFile = path.join(outDir, '.vite', 'manifest.json')
      const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as Manifest
      await rm(path.dirname(manifestFile), { recursive: true, force: true })
      const built = await readFile(path.join(outDir, 'index.html'), 'utf8')
      const entryScript = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/.exec(
        built,
      )
      if (!entryScript) throw new Error('prerender: index.html has no entry module')
      const entryPreloads = [
        ...built.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g),
      ]
      const template = [entryScript, ...entryPreloads].reduce(
        (html, tag) => html.replace(tag[0], ''),
        built,
      )
      const entryFiles = new Set(chunkFiles(manifest, 'index.html'))
      const bootScript = await buildBootScript(config, outDir)
      const shells = await renderShells(config)

      for (const [route, shell] of shells) {
        const heading = /<h1[^>]*>(.*?)<\/h1>/s.exec(shell)?.[1]?.replace(/<[^>]*>/g, '')
        if (!heading) throw new Error(`prerender: ${route} has no <h1>`)
        const modules = [...(routeModules[route] ?? []), ...(route === '/' ? [] : [CLIENT_MODULE])]
        const scripts = [
          entryScript[1]!,
          ...entryPreloads.map((tag) => tag[1]!),
          ...[...new Set(modules.flatMap((m) => chunkFiles(manifest, m)))]
            .filter((file) => !entryFiles.has(file))
            .map((file) => `/${file}`),
        ]
        const html = template
          .replace(/<html([^>]*)>/, `<html$1 ${PRERENDERED_ROUTE_ATTRIBUTE}="${route}">`)
          .replace(/<title>[^<]*<\/title>/, `<title>${heading} · mytoken-web</title>`)
          .replace(
            '</head>',
            `<meta name="${APP_SCRIPTS_META}" content="${scripts.join(' ')}">\n<script src="${bootScript}"></script>\n</head>`,
          )
          .replace('<div id="root"></div>', `<div id="root">${shell}</div>`)
        if (!html.includes(shell)) throw new Error('prerender: index.html has no empty #root')
        const file = pageFile(outDir, route)
        await mkdir(path.dirname(file), { recursive: true })
        await writeFile(file, html)
      }
      const seconds = ((performance.now() - started) / 1000).toFixed(1)
      config.logger.info(`prerendered ${shells.size} pages in ${seconds} s`)
    },
  }
}
