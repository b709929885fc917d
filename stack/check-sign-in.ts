// End-to-end check of the local stack's sign-in paths (the stack must be running: `npm run stack`).
//   npx tsx stack/check-sign-in.ts
// 1. mytoken native flow as alice: POST /api/v0/token/my (oidc_flow) → consent page "Continue" →
//    OP login form (a wrong password first) → OP consent "Allow" → polling → mytoken → access token
//    → userinfo at the OP → tokeninfo → revocation.
// 2. "Deny" on the OP consent page → polling answers 401.
// 3. "Cancel" on the mytoken consent page → polling answers 401 access_denied.
// 4. The app's client at the OP: CORS, PKCE authorization request, first-party login without a
//    consent page, silent sign-in with prompt=none (top level and in an iframe), token + userinfo
//    with CORS. Nothing has to run at the app origins: requests there are only observed.
// Prints each step; exits non-zero on the first failure.
import { createHash, randomBytes } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { stackConfig, demoUsers, testUserPassword, testUserPrefix } from './config.ts'

const { mytoken, provider, app } = stackConfig
const alice = demoUsers[0]!
const headless = process.env.HEADED !== '1'

let stepNo = 0
async function check<T>(
  title: string,
  work: () => Promise<T>,
  detail?: (value: T) => string,
): Promise<T> {
  stepNo++
  const started = Date.now()
  try {
    const value = await work()
    const extra = detail ? ` — ${detail(value)}` : ''
    console.log(`✔ ${stepNo}. ${title} (${Date.now() - started} ms)${extra}`)
    return value
  } catch (error) {
    console.log(`✘ ${stepNo}. ${title}`)
    throw error
  }
}

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message)
}

async function postJson(
  url: string,
  body: unknown,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  const text = await response.text()
  let json: Record<string, unknown>
  try {
    json = JSON.parse(text) as Record<string, unknown>
  } catch {
    json = { raw: text }
  }
  return { status: response.status, json }
}

interface FlowStart {
  consent_uri: string
  polling_code: string
  interval: number
  expires_in: number
}

async function startNativeFlow(applicationName: string): Promise<FlowStart> {
  const { status, json } = await postJson(`${mytoken.issuer}/api/v0/token/my`, {
    grant_type: 'oidc_flow',
    oidc_flow: 'authorization_code',
    oidc_issuer: provider.issuer,
    application_name: applicationName,
    capabilities: ['AT', 'tokeninfo'],
  })
  assert(status === 200, `oidc_flow answered ${status}: ${JSON.stringify(json)}`)
  assert(
    typeof json.consent_uri === 'string' && typeof json.polling_code === 'string',
    'no consent_uri/polling_code',
  )
  return json as unknown as FlowStart
}

function poll(code: string) {
  return postJson(`${mytoken.issuer}/api/v0/token/my`, {
    grant_type: 'polling_code',
    polling_code: code,
  })
}

/** Polls until the answer is no longer 428 authorization_pending. */
async function pollUntilDone(flow: FlowStart, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const result = await poll(flow.polling_code)
    if (result.status !== 428) return result
    assert(Date.now() < deadline, 'polling still pending after 30 s')
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

async function clickMytokenConsent(page: Page, flow: FlowStart, button: 'Continue' | 'Cancel') {
  await page.goto(flow.consent_uri)
  await page.getByRole('heading', { name: 'Approval Required' }).waitFor()
  await page.getByRole('button', { name: button, exact: true }).click()
}

async function signInAtOp(page: Page, username: string, password: string) {
  await page.waitForURL(`${provider.issuer}/interaction/**`)
  await page.getByLabel('Username').fill(username)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

function pkce() {
  const verifier = randomBytes(32).toString('base64url')
  const challenge = createHash('sha256').update(verifier).digest('base64url')
  return { verifier, challenge }
}

function spaAuthorizeUrl(challenge: string, extra: Record<string, string> = {}): string {
  const url = new URL(`${provider.issuer}/auth`)
  const params = {
    client_id: provider.spaClient.clientId,
    redirect_uri: `${app.devOrigin}/auth/callback`,
    response_type: 'code',
    scope: 'openid profile email eduperson_unique_id',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    state: randomBytes(8).toString('hex'),
    nonce: randomBytes(8).toString('hex'),
    ...extra,
  }
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value)
  return url.toString()
}

function jwtPayload(jwt: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >
}

/**
 * Runs `start` (which ends in the OP redirecting to the app's callback) and returns the callback URL.
 * Nothing needs to listen at the app origin: the request is observed, and its failure ignored.
 * (page.route does not see requests that are the target of a redirect, so it cannot be used.)
 */
async function codeFromCallback(page: Page, start: () => Promise<unknown>): Promise<URL> {
  const prefix = `${app.devOrigin}/auth/callback`
  const request = page.waitForRequest((r) => r.url().startsWith(prefix), { timeout: 15_000 })
  await start().catch((error: unknown) => {
    if (!String(error).includes('ERR_CONNECTION_REFUSED') && !String(error).includes('ERR_ABORTED'))
      throw error
  })
  return new URL((await request).url())
}

async function spaTokenExchange(code: string, verifier: string) {
  const response = await fetch(`${provider.issuer}/token`, {
    method: 'POST',
    headers: { Origin: app.devOrigin, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: provider.spaClient.clientId,
      code,
      code_verifier: verifier,
      redirect_uri: `${app.devOrigin}/auth/callback`,
    }),
  })
  const json = (await response.json()) as Record<string, string>
  assert(
    response.status === 200,
    `token endpoint answered ${response.status}: ${JSON.stringify(json)}`,
  )
  const cors = response.headers.get('access-control-allow-origin')
  assert(cors === app.devOrigin, `token response CORS header is ${cors}`)
  return json
}

async function main() {
  await check('mytoken and OP discovery answer', async () => {
    const mt = (await (
      await fetch(`${mytoken.issuer}/.well-known/mytoken-configuration`)
    ).json()) as {
      issuer: string
      providers_supported: { issuer: string }[]
    }
    assert(mt.issuer === mytoken.issuer, `mytoken issuer is ${mt.issuer}`)
    assert(
      mt.providers_supported.some((p) => p.issuer === provider.issuer),
      'OP not among providers_supported',
    )
    const op = (await (
      await fetch(`${provider.issuer}/.well-known/openid-configuration`)
    ).json()) as { issuer: string }
    assert(op.issuer === provider.issuer, `OP issuer is ${op.issuer}`)
  })

  let browser: Browser | undefined
  try {
    browser = await check('launch chromium', () =>
      chromium.launch({
        executablePath: '/usr/bin/chromium',
        headless,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      }),
    )
    const context: BrowserContext = await browser.newContext()
    const page = await context.newPage()

    // 1. the whole path as alice
    const flow = await check(
      'POST /api/v0/token/my (oidc_flow)',
      () => startNativeFlow('stack check'),
      (f) =>
        `consent_uri ${f.consent_uri}, polling every ${f.interval} s, expires in ${f.expires_in} s`,
    )
    await check('polling before consent answers 428 authorization_pending', async () => {
      const { status, json } = await poll(flow.polling_code)
      assert(
        status === 428 && json.error === 'authorization_pending',
        `got ${status} ${JSON.stringify(json)}`,
      )
    })
    await check('mytoken consent page: Continue', () => clickMytokenConsent(page, flow, 'Continue'))
    await check('OP login form: a wrong password shows an alert', async () => {
      await signInAtOp(page, alice.username, 'not-the-password')
      const alert = page.getByRole('alert')
      await alert.waitFor()
      const text = await alert.textContent()
      assert(text?.includes('Wrong username or password'), `alert says ${text}`)
      assert((await page.title()).startsWith('Sign in — '), `title is ${await page.title()}`)
    })
    await check(`OP login form: sign in as ${alice.username}`, async () => {
      await page.getByLabel('Password').fill(alice.password)
      await page.getByRole('button', { name: 'Sign in' }).click()
      await page.getByRole('heading', { name: 'Allow access?' }).waitFor()
    })
    await check('OP consent page lists the scopes; Allow', async () => {
      const list = await page.locator('ul.scopes').textContent()
      for (const scope of provider.scopes)
        assert(list?.includes(scope), `scope ${scope} not listed`)
      await page.getByRole('button', { name: 'Allow' }).click()
      await page.waitForURL(`${mytoken.issuer}/native**`)
    })
    const minted = await check(
      'polling returns the mytoken',
      async () => {
        const { status, json } = await pollUntilDone(flow)
        assert(
          status === 200 && typeof json.mytoken === 'string',
          `got ${status} ${JSON.stringify(json)}`,
        )
        return json as { mytoken: string; capabilities?: string[]; expires_in?: number }
      },
      (m) => `capabilities ${JSON.stringify(m.capabilities)}, ${m.mytoken.length} chars`,
    )
    const at = await check(
      'POST /api/v0/token/access (grant_type mytoken) returns an OP access token',
      async () => {
        const { status, json } = await postJson(`${mytoken.issuer}/api/v0/token/access`, {
          grant_type: 'mytoken',
          mytoken: minted.mytoken,
          comment: 'stack check',
        })
        assert(
          status === 200 && typeof json.access_token === 'string',
          `got ${status} ${JSON.stringify(json)}`,
        )
        return json as { access_token: string; scope?: string; expires_in?: number }
      },
      (t) => `scope "${t.scope}", expires_in ${t.expires_in}`,
    )
    await check(
      'the access token works at the OP userinfo endpoint',
      async () => {
        const response = await fetch(`${provider.issuer}/me`, {
          headers: { Authorization: `Bearer ${at.access_token}` },
        })
        const claims = (await response.json()) as Record<string, unknown>
        assert(response.status === 200, `userinfo answered ${response.status}`)
        assert(claims.email === alice.email, `email claim is ${String(claims.email)}`)
        assert(
          claims.eduperson_unique_id === alice.eduPersonUniqueId,
          'eduperson_unique_id missing',
        )
        return claims
      },
      (c) => `sub ${String(c.sub)}, name ${String(c.name)}`,
    )
    await check('tokeninfo introspect accepts the mytoken', async () => {
      const { status, json } = await postJson(`${mytoken.issuer}/api/v0/tokeninfo`, {
        action: 'introspect',
        mytoken: minted.mytoken,
      })
      assert(
        status === 200 && (json.token as { oidc_iss?: string })?.oidc_iss === provider.issuer,
        `got ${status}`,
      )
    })

    await check(
      'revoking the mytoken (the server revokes its refresh token at the OP)',
      async () => {
        const revoke = await postJson(`${mytoken.issuer}/api/v0/token/revoke`, {
          token: minted.mytoken,
        })
        assert(
          revoke.status >= 200 && revoke.status < 300,
          `revoke answered ${revoke.status} ${JSON.stringify(revoke.json)}`,
        )
        const { status, json } = await postJson(`${mytoken.issuer}/api/v0/token/access`, {
          grant_type: 'mytoken',
          mytoken: minted.mytoken,
        })
        assert(
          status === 401,
          `access token request after revocation answered ${status} ${JSON.stringify(json)}`,
        )
      },
    )

    // 2. Deny at the OP (the OP session is still there: straight to its consent page)
    const denied = await check(
      'second flow: Continue, then Deny on the OP consent page',
      async () => {
        const f = await startNativeFlow('stack check (deny)')
        await clickMytokenConsent(page, f, 'Continue')
        await page.getByRole('heading', { name: 'Allow access?' }).waitFor()
        await page.getByRole('button', { name: 'Deny' }).click()
        await page.waitForURL(`${mytoken.issuer}/**`)
        return f
      },
    )
    await check(
      'polling after Deny answers 401',
      async () => {
        const { status, json } = await pollUntilDone(denied)
        assert(
          status === 401 && ['invalid_token', 'access_denied'].includes(String(json.error)),
          `got ${status} ${JSON.stringify(json)}`,
        )
        return json
      },
      (j) => JSON.stringify(j),
    )

    // 3. Cancel on the mytoken consent page
    const cancelled = await check('third flow: Cancel on the mytoken consent page', async () => {
      const f = await startNativeFlow('stack check (cancel)')
      await clickMytokenConsent(page, f, 'Cancel')
      await page.waitForURL(`${mytoken.issuer}/native/abort**`)
      return f
    })
    await check(
      'polling after Cancel answers 401 access_denied',
      async () => {
        const { status, json } = await pollUntilDone(cancelled)
        assert(
          status === 401 && json.error === 'access_denied',
          `got ${status} ${JSON.stringify(json)}`,
        )
        return json
      },
      (j) => JSON.stringify(j),
    )

    // 4. the app's client
    await check('OP discovery has CORS for the app origin', async () => {
      const response = await fetch(`${provider.issuer}/.well-known/openid-configuration`, {
        headers: { Origin: app.devOrigin },
      })
      const cors = response.headers.get('access-control-allow-origin')
      assert(cors === '*' || cors === app.devOrigin, `CORS header is ${cors}`)
    })
    await check(
      'authorization endpoint accepts mytoken-web with PKCE and the dev callback',
      async () => {
        const response = await fetch(spaAuthorizeUrl(pkce().challenge), { redirect: 'manual' })
        const location = response.headers.get('location') ?? ''
        assert(
          response.status === 303 && location.startsWith('/interaction/'),
          `got ${response.status} → ${location}`,
        )
      },
    )
    await check('authorization endpoint refuses mytoken-web without PKCE', async () => {
      const url = new URL(spaAuthorizeUrl('x'))
      url.searchParams.delete('code_challenge')
      url.searchParams.delete('code_challenge_method')
      const response = await fetch(url, { redirect: 'manual' })
      const location = response.headers.get('location') ?? ''
      assert(location.includes('error=invalid_request'), `got ${response.status} → ${location}`)
    })
    const silent = await check(
      'silent sign-in (prompt=none) with the OP session from step 1: code, tokens, userinfo with CORS',
      async () => {
        const { verifier, challenge } = pkce()
        const callback = await codeFromCallback(page, () =>
          page.goto(spaAuthorizeUrl(challenge, { prompt: 'none' })),
        )
        const code = callback.searchParams.get('code')
        assert(code, `callback without code: ${callback.toString()}`)
        const tokens = await spaTokenExchange(code, verifier)
        const claims = jwtPayload(tokens.id_token ?? '')
        assert(claims.email === alice.email, `id_token email is ${String(claims.email)}`)
        const userinfo = await fetch(`${provider.issuer}/me`, {
          headers: { Authorization: `Bearer ${tokens.access_token}`, Origin: app.previewOrigin },
        })
        assert(userinfo.status === 200, `userinfo answered ${userinfo.status}`)
        const cors = userinfo.headers.get('access-control-allow-origin')
        assert(cors === app.previewOrigin, `userinfo CORS header is ${cors}`)
        return { claims, idToken: tokens.id_token ?? '' }
      },
      ({ claims: c }) =>
        `id_token sub ${String(c.sub)}, preferred_username ${String(c.preferred_username)}`,
    )
    await check('silent sign-in in an iframe (prompt=none → /auth/silent-callback)', async () => {
      // The host page comes from a real loopback server on a spare port (same site as the OP, like
      // the app): a page fulfilled by page.route() counts as "public" for Chromium's local network
      // access checks, which then block the OP iframe (ERR_BLOCKED_BY_LOCAL_NETWORK_ACCESS_CHECKS).
      const host = http.createServer((_req, res) => {
        res.setHeader('Content-Type', 'text/html')
        res.end('<!doctype html><html lang="en"><title>iframe host</title><body></body></html>')
      })
      await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve))
      const framePage = await context.newPage() // same context: same OP session cookie
      try {
        await framePage.goto(`http://127.0.0.1:${(host.address() as AddressInfo).port}/`)
        const silentCallback = `${app.devOrigin}/auth/silent-callback`
        const src = spaAuthorizeUrl(pkce().challenge, {
          prompt: 'none',
          redirect_uri: silentCallback,
        })
        const request = framePage.waitForRequest((r) => r.url().startsWith(silentCallback), {
          timeout: 15_000,
        })
        await framePage.evaluate((url) => {
          const frame = document.createElement('iframe')
          frame.src = url
          document.body.append(frame)
        }, src)
        const callback = new URL((await request).url())
        assert(
          callback.searchParams.get('code'),
          `iframe callback without code: ${callback.toString()}`,
        )
      } finally {
        await framePage.close()
        host.closeAllConnections()
        await new Promise((resolve) => host.close(resolve))
      }
    })
    await check(
      'prompt=none in a fresh browser (no OP session) answers login_required',
      async () => {
        const fresh = await browser!.newContext()
        const freshPage = await fresh.newPage()
        const callback = await codeFromCallback(freshPage, () =>
          freshPage.goto(spaAuthorizeUrl(pkce().challenge, { prompt: 'none' })),
        )
        await fresh.close()
        assert(
          callback.searchParams.get('error') === 'login_required',
          `callback: ${callback.toString()}`,
        )
      },
    )
    await check(
      'sign-out at the OP (end_session, "Sign out") returns to the app; then prompt=none → login_required',
      async () => {
        const endSession = new URL(`${provider.issuer}/session/end`)
        endSession.searchParams.set('id_token_hint', silent.idToken)
        endSession.searchParams.set('post_logout_redirect_uri', `${app.devOrigin}/`)
        endSession.searchParams.set('client_id', provider.spaClient.clientId)
        const back = page.waitForRequest(
          (r) => r.url().startsWith(`${app.devOrigin}/`) && !r.url().includes('/auth/'),
          {
            timeout: 15_000,
          },
        )
        await page.goto(endSession.toString())
        await page.getByRole('button', { name: 'Sign out' }).click()
        await back
        const callback = await codeFromCallback(page, () =>
          page.goto(spaAuthorizeUrl(pkce().challenge, { prompt: 'none' })),
        )
        assert(
          callback.searchParams.get('error') === 'login_required',
          `callback: ${callback.toString()}`,
        )
      },
    )
    const testUser = `${testUserPrefix}check-${randomBytes(3).toString('hex')}`
    await check(
      `interactive app sign-in as ${testUser}: login form, no consent page, claims`,
      async () => {
        const fresh = await browser!.newContext()
        const freshPage = await fresh.newPage()
        const { verifier, challenge } = pkce()
        const callback = await codeFromCallback(freshPage, async () => {
          await freshPage.goto(spaAuthorizeUrl(challenge))
          await signInAtOp(freshPage, testUser, testUserPassword)
        })
        await fresh.close()
        const code = callback.searchParams.get('code')
        assert(code, `callback without code: ${callback.toString()}`)
        const claims = jwtPayload((await spaTokenExchange(code, verifier)).id_token ?? '')
        const suffix = testUser.slice(testUserPrefix.length)
        assert(claims.name === `Test User ${suffix}`, `name is ${String(claims.name)}`)
        assert(claims.email === `${testUser}@test.example`, `email is ${String(claims.email)}`)
        assert(
          claims.eduperson_unique_id === `${testUser}@helmholtz.example`,
          'eduperson_unique_id wrong',
        )
        return claims
      },
      (c) => `sub ${String(c.sub)}`,
    )
  } finally {
    await browser?.close()
  }
  console.log('\nall sign-in checks passed')
}

main().catch((error: unknown) => {
  console.error(`\nFAILED: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
