// Vite plugin: after the client build, renders every static route's shell to HTML with React's
// own server renderer (src/entry-server.tsx, built by Vite for SSR into a throwaway folder) and
// writes one file per route — the layout the web server serves (README, "Deploying"):
//   dist/index.html             the home page, and the fallback for every other path
//   dist/<route>/index.html     create, tokens, token-info, sign-in, account
// Each page carries what its first paint needs inline, so that nothing but the HTML stands
// between the request and the first paint: its style sheets (the entry's and the route's) and
// the boot script (src/boot/boot.ts), which starts the app's modules — the entry, and this
// route's own code — once the page has been painted (Vite's script tags are moved into a <meta>
// for it). Both inline elements carry the CSP nonce placeholder, which the web server replaces
// with the nonce of each response's policy (scripts/runtime-config.ts, deploy/nginx).
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { build, type Manifest, type Plugin, type ResolvedConfig } from 'vite'
import { prerenderedRoutes, routeModule } from '../src/app/prerendered-routes.ts'
import {
  APP_SCRIPTS_META,
  PRERENDERED_ROUTE_ATTRIBUTE,
  SHELL_LANGUAGE_ATTRIBUTE,
} from '../src/boot/attributes.ts'
import { languages, type Language } from '../src/lib/i18n/detect-language.ts'
import { CSP_NONCE_PLACEHOLDER } from './runtime-config.ts'

/** what every page but the start page loads at once: the query layer and the API client */
const EVERY_PAGE_MODULES = [
  'src/lib/query-client.ts',
  'src/lib/instance/discovery-query.tsx',
  'src/lib/mytoken/api/client.ts',
]

export function pageFile(outDir: string, route: string): string {
  return route === '/' ? path.join(outDir, 'index.html') : path.join(outDir, route, 'index.html')
}

/** The JavaScript files a module needs (itself and its static imports). */
function chunkFiles(manifest: Manifest, key: string, seen = new Set<string>()): string[] {
  const chunk = manifest[key]
  if (!chunk || seen.has(key)) return []
  seen.add(key)
  return [chunk.file, ...(chunk.imports ?? []).flatMap((k) => chunkFiles(manifest, k, seen))]
}

/** The style sheets a module needs (its own and those of its static imports). */
function chunkStyles(manifest: Manifest, key: string, seen = new Set<string>()): string[] {
  const chunk = manifest[key]
  if (!chunk || seen.has(key)) return []
  seen.add(key)
  return [
    ...(chunk.css ?? []),
    ...(chunk.imports ?? []).flatMap((k) => chunkStyles(manifest, k, seen)),
  ]
}

/** An inline element's content, which must not end the element early. */
function inlineContent(content: string, element: 'script' | 'style'): string {
  if (new RegExp(`</${element}|<!--`, 'i').test(content))
    throw new Error(`prerender: the inline ${element} would end early or open a comment`)
  return content
}

/** The boot script's code (minified), to be inlined into every page. */
async function buildBootScript(config: ResolvedConfig): Promise<string> {
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
  return inlineContent(chunk.code.trim(), 'script')
}

/** A route's shell in each language. */
type RouteShells = Map<Language, string>

async function renderShells(config: ResolvedConfig): Promise<Map<string, RouteShells>> {
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
      renderShell: (route: string, language: Language) => Promise<string>
    }
    const shells = new Map<string, RouteShells>()
    for (const route of prerenderedRoutes) {
      const byLanguage = new Map<Language, string>()
      for (const language of languages)
        byLanguage.set(language, await entry.renderShell(route, language))
      shells.set(route, byLanguage)
    }
    return shells
  } finally {
    await rm(ssrOutDir, { recursive: true, force: true })
  }
}

export function prerenderPlugin(): Plugin {
  let config: ResolvedConfig
  let written = false
  return {
    name: 'mytoken-web-prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved
    },
    writeBundle() {
      written = true
    },
    async closeBundle() {
      // a build that failed before writing has nothing to prerender; its own error is the one shown
      if (!written || config.build.ssr || config.build.lib) return
      const started = performance.now()
      const outDir = path.resolve(config.root, config.build.outDir)
      const manifestFile = path.join(outDir, '.vite', 'manifest.json')
      const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as Manifest
      await rm(path.dirname(manifestFile), { recursive: true, force: true })
      const built = await readFile(path.join(outDir, 'index.html'), 'utf8')
      // With the first page's chunk grouped (vite.config.ts), the chunks it imports are emitted
      // as module scripts before it: the last one is the entry, the others are preloads.
      const moduleScripts = [
        ...built.matchAll(/<script type="module" crossorigin src="([^"]+)"><\/script>\s*/g),
      ]
      const entryScript = moduleScripts.at(-1)
      if (!entryScript) throw new Error('prerender: index.html has no entry module')
      const entryPreloads = [
        ...moduleScripts.slice(0, -1),
        ...built.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g),
      ]
      // config.json is preloaded by the boot script with the app's modules, after the first paint
      const configPreload =
        /(?:\s*<!--[^>]*-->)?\s*<link rel="preload" href="\/config\.json"[^>]*>/.exec(built)
      if (!configPreload) throw new Error('prerender: index.html has no config.json preload')
      // the entry's style sheets are inlined with the route's
      const entryStyleLinks = [
        ...built.matchAll(/\s*<link rel="stylesheet" crossorigin href="\/([^"]+)">/g),
      ]
      const template = [entryScript, ...entryPreloads, configPreload, ...entryStyleLinks].reduce(
        (html, tag) => html.replace(tag[0], ''),
        built,
      )
      const entryFiles = new Set(chunkFiles(manifest, 'index.html'))
      const entryStyles = entryStyleLinks.map((link) => link[1]!)
      const styleSheets = new Map<string, string>()
      const styleSheet = async (file: string) => {
        let css = styleSheets.get(file)
        if (css === undefined) {
          css = inlineContent((await readFile(path.join(outDir, file), 'utf8')).trim(), 'style')
          styleSheets.set(file, css)
        }
        return css
      }
      const bootScript = await buildBootScript(config)
      const nonceAttribute = `nonce="${CSP_NONCE_PLACEHOLDER}"`
      const shells = await renderShells(config)

      for (const [route, byLanguage] of shells) {
        const headings = new Map<Language, string>()
        for (const [language, shell] of byLanguage) {
          const heading = /<h1[^>]*>(.*?)<\/h1>/s.exec(shell)?.[1]?.replace(/<[^>]*>/g, '')
          if (!heading) throw new Error(`prerender: ${route} has no <h1> (${language})`)
          headings.set(language, heading)
        }
        const module = routeModule(route)
        if (module && !manifest[module]) {
          throw new Error(
            `prerender: ${route} has no page module ${module}; see src/app/prerendered-routes.ts`,
          )
        }
        const modules = [...(module ? [module] : []), ...(route === '/' ? [] : EVERY_PAGE_MODULES)]
        const scripts = [
          ...new Set([
            entryScript[1]!,
            ...entryPreloads.map((tag) => tag[1]!),
            ...modules
              .flatMap((m) => chunkFiles(manifest, m))
              .filter((file) => !entryFiles.has(file))
              .map((file) => `/${file}`),
          ]),
        ]
        // the entry's and the page's own styles, before its first paint
        const styleFiles = [
          ...new Set([...entryStyles, ...modules.flatMap((m) => chunkStyles(manifest, m))]),
        ]
        const styles = (await Promise.all(styleFiles.map(styleSheet))).join('\n')
        // every language's shell; styles.css shows the one of <html lang> (set by the boot script)
        const root = [...byLanguage]
          .map(
            ([language, shell]) => `<div ${SHELL_LANGUAGE_ATTRIBUTE}="${language}">${shell}</div>`,
          )
          .join('')
        // (function replacements: the markup may contain "$")
        const html = template
          .replace(
            /<html([^>]*)>/,
            (_, attributes: string) =>
              `<html${attributes} ${PRERENDERED_ROUTE_ATTRIBUTE}="${route}">`,
          )
          .replace(
            /<title>[^<]*<\/title>/,
            () => `<title>${headings.get('en')} · mytoken-web</title>`,
          )
          .replace(
            '</head>',
            () =>
              `<style ${nonceAttribute}>${styles}</style>\n<meta name="${APP_SCRIPTS_META}" content="${scripts.join(' ')}">\n<script ${nonceAttribute}>${bootScript}</script>\n</head>`,
          )
          .replace('<div id="root"></div>', () => `<div id="root">${root}</div>`)
        if (!html.includes(root)) throw new Error('prerender: index.html has no empty #root')
        const file = pageFile(outDir, route)
        await mkdir(path.dirname(file), { recursive: true })
        await writeFile(file, html)
      }
      const seconds = ((performance.now() - started) / 1000).toFixed(1)
      config.logger.info(`prerendered ${shells.size} pages in ${seconds} s`)
    },
  }
}
