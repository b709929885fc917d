// Budgets, headers and caching of the production build, as Debian's nginx serves it with the
// shipped deploy/nginx/mytoken-web.conf (playwright.config.ts, stack/serve-build.ts).
import { gzipSync } from 'node:zlib'
import type { APIRequestContext, Page, Request } from '@playwright/test'
import { cacheControl, localStackRuntimeConfig, securityHeaders } from '../scripts/runtime-config'
import { stackConfig } from '../stack/config'
import { cspNonce, expect, test } from './fixtures'
import { countRequests, requestsSettled } from './requests-settled'

const FIRST_PAGE_JS_BUDGET = 120_000 // bytes, gzip level 9

/** The paths of every JavaScript file the browser loads for a page. */
async function scriptsLoadedBy(page: Page, path: string): Promise<string[]> {
  const scripts = new Set<string>()
  const collect = (request: Request) => {
    if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname)
  }
  page.on('request', collect)
  const requests = countRequests(page)
  await page.goto(path)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  // all code the page pulls in, including chunks loaded after the first render
  await requestsSettled(page, requests)
  requests.stop()
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

test('the production headers forbid foreign inline script, framing and referrers, and allow only the configured servers', async ({
  request,
}) => {
  const nonces = new Set<string>()
  for (const path of ['/', '/tokens', '/tokens', '/config.json']) {
    const response = await request.get(path)
    const headers = response.headers()
    const csp = headers['content-security-policy'] ?? ''
    expect(csp).toContain("script-src 'self' 'nonce-")
    expect(csp).toContain("style-src 'self' 'nonce-")
    expect(csp).not.toContain('unsafe-inline')
    // 128 random bits, never the same twice
    const nonce = cspNonce(csp)
    expect(nonce).toMatch(/^[0-9a-f]{32}$/)
    nonces.add(nonce)
    expect(csp).toContain("frame-ancestors 'none'")
    expect(
      csp
        .match(/connect-src ([^;]*)/)?.[1]
        ?.split(' ')
        .sort(),
    ).toEqual(["'self'", stackConfig.mytoken.issuer, stackConfig.provider.issuer].sort())
    expect(headers['referrer-policy']).toBe('no-referrer')
    expect(headers['x-content-type-options']).toBe('nosniff')
  }
  expect(nonces.size).toBe(4)
  // only the provider's silent sign-in page may be framed, and only by the app itself
  const callback = await request.get('/auth/callback.html')
  expect(callback.headers()['content-security-policy']).toContain("frame-ancestors 'self'")
})

test("each page's inline styles and boot script carry its response's nonce, and nothing else inline runs", async ({
  page,
  request,
}) => {
  for (const path of ['/', '/tokens', '/no/such/route']) {
    const response = await request.get(path)
    const nonce = cspNonce(response.headers()['content-security-policy'] ?? '')
    const html = await response.text()
    expect(html, 'the placeholder is replaced').not.toContain('__CSP_NONCE__')
    const inline = [...html.matchAll(/<(script|style)( [^>]*)?>(?=[^<])/g)]
    expect(inline.map((match) => match[1]).sort(), path).toEqual(['script', 'style'])
    for (const match of inline) expect(match[2], path).toBe(` nonce="${nonce}"`)
  }

  const violations: string[] = []
  await page.exposeFunction('reportViolation', (directive: string) => violations.push(directive))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      void (window as unknown as { reportViolation: (d: string) => void }).reportViolation(
        event.effectiveDirective,
      )
    })
  })
  await page.goto('/tokens')
  // the inline boot script ran (it marks <html> before the first paint) and the inline styles
  // apply (they hide the shells of the other language)
  await expect(page.locator('html')).toHaveAttribute('lang', /^(en|de)$/)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  expect(violations).toEqual([])
  // a script or style sheet injected into the page (as an attacker would) does not apply
  const injected = await page.evaluate(async () => {
    const script = document.createElement('script')
    script.textContent = 'window.injectedScriptRan = true'
    document.body.append(script)
    const style = document.createElement('style')
    style.textContent = ':root { --injected-style: applied }'
    document.head.append(style)
    await new Promise((resolve) => setTimeout(resolve, 100))
    return {
      scriptRan: 'injectedScriptRan' in window,
      style: getComputedStyle(document.documentElement).getPropertyValue('--injected-style'),
    }
  })
  expect(injected).toEqual({ scriptRan: false, style: '' })
  await expect.poll(() => [...violations].sort()).toEqual(['script-src-elem', 'style-src-elem'])
})

/** The hashed files the start page loads (the boot script reads their list from a <meta>). */
async function hashedAssetsOf(request: APIRequestContext): Promise<string[]> {
  const html = await (await request.get('/')).text()
  const assets = [...html.matchAll(/(\/assets\/[^"\s]+)/g)].map((match) => match[1]!)
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
    const nonce = cspNonce(headers['content-security-policy'] ?? '')
    const expected = {
      ...securityHeaders(config, path, nonce),
      'Cache-Control': cacheControl(path),
    }
    for (const [name, value] of Object.entries(expected)) {
      expect(headers[name.toLowerCase()], `${name} of ${path}`).toBe(value)
    }
  }
  // errors carry the security headers too
  const missing = await request.get('/assets/no-such-file-Abc123.js')
  expect(missing.status()).toBe(404)
  const missingCsp = missing.headers()['content-security-policy'] ?? ''
  expect(missingCsp).toBe(
    securityHeaders(config, '/assets/no-such-file-Abc123.js', cspNonce(missingCsp))[
      'Content-Security-Policy'
    ],
  )
  // but a missing asset is not cached (it may just not be uploaded yet)
  expect(missing.headers()['cache-control']).toBeUndefined()
})

test('hashed assets are cached for good; config.json is revalidated on every use, HTML fetched anew', async ({
  request,
}) => {
  const assets = await hashedAssetsOf(request)
  for (const asset of assets) {
    expect(asset, 'the file name carries a content hash').toMatch(/-[\w-]{8,}\.(js|css)$/)
    const response = await request.get(asset, { headers: { 'Accept-Encoding': 'gzip' } })
    expect(response.headers()['cache-control'], asset).toBe('public, max-age=31536000, immutable')
    expect(response.headers()['content-encoding'], `${asset} is compressed`).toBe('gzip')
  }
  for (const path of ['/config.json', '/favicon.svg']) {
    const response = await request.get(path)
    expect(response.headers()['cache-control'], path).toBe('no-cache')
    // no-cache means "ask first": the validator lets the browser reuse an unchanged copy
    const etag = response.headers().etag
    expect(etag, `${path} has an ETag`).toBeTruthy()
    const again = await request.get(path, { headers: { 'If-None-Match': etag! } })
    expect(again.status(), `${path} revalidates`).toBe(304)
  }
  // An HTML page carries its response's nonce: a revalidated copy would hold an older one
  // than the new header, and its styles and boot script would not apply.
  for (const path of ['/', '/index.html', '/tokens', '/create', '/auth/callback.html']) {
    const response = await request.get(path, { headers: { 'Accept-Encoding': 'gzip' } })
    expect(response.headers()['content-encoding'], `${path} is compressed`).toBe('gzip')
    expect(response.headers()['cache-control'], path).toBe('no-cache')
    expect(response.headers().etag, `${path} has no ETag`).toBeUndefined()
    expect(response.headers()['last-modified'], `${path} has no Last-Modified`).toBeUndefined()
    const again = await request.get(path, {
      headers: { 'If-Modified-Since': new Date().toUTCString() },
    })
    expect(again.status(), `${path} is sent whole`).toBe(200)
  }
  expect((await request.get('/config.json')).headers()['content-type']).toMatch(
    /^application\/json/,
  )
  expect((await request.get('/no/such/route')).headers()['content-type']).toMatch(/^text\/html/)
})
