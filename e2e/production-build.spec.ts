// Budgets, headers and caching of the production build, as Debian's nginx serves it with the
// shipped deploy/nginx/mytoken-web.conf (playwright.config.ts, stack/serve-build.ts).
import { gzipSync } from 'node:zlib'
import type { APIRequestContext, Page, Request } from '@playwright/test'
import { cacheControl, localStackRuntimeConfig, securityHeaders } from '../scripts/runtime-config'
import { stackConfig } from '../stack/config'
import { expect, test } from './fixtures'

const FIRST_PAGE_JS_BUDGET = 120_000 // bytes, gzip level 9

/** The paths of every JavaScript file the browser loads for a page. */
async function scriptsLoadedBy(page: Page, path: string): Promise<string[]> {
  const scripts = new Set<string>()
  const collect = (request: Request) => {
    if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname)
  }
  page.on('request', collect)
  await page.goto(path)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  // all code the page pulls in, including chunks loaded after the first render
  // eslint-disable-next-line playwright/no-networkidle
  await page.waitForLoadState('networkidle')
  page.off('request', collect)
  return [...scripts]
}

async function bodies(request: APIRequestContext, paths: string[]): Promise<Map<string, Buffer>> {
  const result = new Map<string, Buffer>()
  for (const path of paths) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    result.set(path, await response.body())
  }
  return result
}

test('the first page needs at most 120 kB of compressed JavaScript', async ({ page, request }) => {
  const scripts = await bodies(request, await scriptsLoadedBy(page, '/'))
  const compressed = [...scripts.values()].reduce(
    (sum, body) => sum + gzipSync(body, { level: 9 }).length,
    0,
  )
  test
    .info()
    .annotations.push({ type: 'first-page-js-gzip-bytes', description: String(compressed) })
  expect(scripts.size).toBeGreaterThan(0)
  expect(compressed).toBeLessThanOrEqual(FIRST_PAGE_JS_BUDGET)
})

test('every other route loads its own chunk on demand', async ({ page }) => {
  const home = new Set(await scriptsLoadedBy(page, '/'))
  for (const route of ['/create', '/tokens', '/token-info', '/access-token', '/sign-in']) {
    const routePage = await page.context().newPage()
    const loaded = await scriptsLoadedBy(routePage, route)
    const ownChunks = loaded.filter((script) => !home.has(script))
    expect(ownChunks.length, `${route} has a chunk of its own`).toBeGreaterThan(0)
    await routePage.close()
  }
})

test('no source maps and no test code are shipped', async ({ page, request }) => {
  const paths = new Set<string>()
  for (const route of ['/', '/create', '/tokens', '/token-info', '/sign-in', '/account']) {
    for (const path of await scriptsLoadedBy(page, route)) paths.add(path)
  }
  for (const [path, body] of await bodies(request, [...paths])) {
    const text = body.toString('utf8')
    expect(text, path).not.toMatch(/sourceMappingURL/)
    expect(text, path).not.toMatch(/vitest|@testing-library|msw\/|setupServer/)
    expect(
      (await request.get(`${path}.map`)).headers()['content-type'] ?? '',
      `${path}.map`,
    ).not.toContain('json')
  }
})

test('the production headers forbid inline script, framing and referrers, and allow only the configured servers', async ({
  request,
}) => {
  for (const path of ['/', '/tokens', '/config.json']) {
    const response = await request.get(path)
    const headers = response.headers()
    const csp = headers['content-security-policy'] ?? ''
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toContain('unsafe-inline')
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain(
      `connect-src 'self' ${stackConfig.mytoken.issuer} ${stackConfig.provider.issuer}`,
    )
    expect(csp).toMatch(/connect-src [^;]*;/)
    expect(
      csp
        .match(/connect-src ([^;]*)/)?.[1]
        ?.split(' ')
        .sort(),
    ).toEqual(["'self'", stackConfig.mytoken.issuer, stackConfig.provider.issuer].sort())
    expect(headers['referrer-policy']).toBe('no-referrer')
    expect(headers['x-content-type-options']).toBe('nosniff')
  }
  // only the provider's silent sign-in page may be framed, and only by the app itself
  const callback = await request.get('/auth/callback.html')
  expect(callback.headers()['content-security-policy']).toContain("frame-ancestors 'self'")
})

/** The hashed files the start page references (scripts, style sheets, preloads). */
async function hashedAssetsOf(request: APIRequestContext): Promise<string[]> {
  const html = await (await request.get('/')).text()
  const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1]!)
  expect(assets.length).toBeGreaterThan(0)
  return [...new Set(assets)]
}

test('nginx sends exactly the headers of scripts/runtime-config.ts on every kind of response', async ({
  request,
}) => {
  const config = localStackRuntimeConfig()
  const [asset] = await hashedAssetsOf(request)
  const paths = ['/', '/index.html', '/tokens', '/create', '/token-info', '/no/such/route']
  for (const path of [...paths, '/config.json', '/auth/callback.html', '/favicon.svg', asset!]) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    const headers = response.headers()
    expect(headers.server, 'served by nginx, not the preview server').toMatch(/^nginx/)
    const expected = { ...securityHeaders(config, path), 'Cache-Control': cacheControl(path) }
    for (const [name, value] of Object.entries(expected)) {
      expect(headers[name.toLowerCase()], `${name} of ${path}`).toBe(value)
    }
  }
  // errors carry the security headers too
  const missing = await request.get('/assets/no-such-file-Abc123.js')
  expect(missing.status()).toBe(404)
  expect(missing.headers()['content-security-policy']).toBe(
    securityHeaders(config, '/assets/no-such-file-Abc123.js')['Content-Security-Policy'],
  )
  // but a missing asset is not cached (it may just not be uploaded yet)
  expect(missing.headers()['cache-control']).toBeUndefined()
})

test('hashed assets are cached for good; HTML and config.json are revalidated on every use', async ({
  request,
}) => {
  const assets = await hashedAssetsOf(request)
  for (const asset of assets) {
    expect(asset, 'the file name carries a content hash').toMatch(/-[\w-]{8,}\.(js|css)$/)
    const response = await request.get(asset, { headers: { 'Accept-Encoding': 'gzip' } })
    expect(response.headers()['cache-control'], asset).toBe('public, max-age=31536000, immutable')
    expect(response.headers()['content-encoding'], `${asset} is compressed`).toBe('gzip')
  }
  for (const path of [
    '/',
    '/index.html',
    '/tokens',
    '/create',
    '/auth/callback.html',
    '/config.json',
  ]) {
    const response = await request.get(path)
    expect(response.headers()['cache-control'], path).toBe('no-cache')
    // no-cache means "ask first": the validator lets the browser reuse an unchanged copy
    const etag = response.headers().etag
    expect(etag, `${path} has an ETag`).toBeTruthy()
    const again = await request.get(path, { headers: { 'If-None-Match': etag! } })
    expect(again.status(), `${path} revalidates`).toBe(304)
  }
  expect((await request.get('/config.json')).headers()['content-type']).toMatch(
    /^application\/json/,
  )
  expect((await request.get('/no/such/route')).headers()['content-type']).toMatch(/^text\/html/)
})
