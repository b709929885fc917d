// The server's real `oidc_flow`, driven from the test process with plain HTTP instead of a
// browser tab: start the flow, send what the mytoken server's consent page sends on "Continue"
// (the values that page pre-fills, read from its HTML), sign in and allow at the provider's
// forms, follow the redirects back to the mytoken server, then poll. The server, the provider
// and their checks are the same as in a browser; only the clicking is left out.
import type { Cookie } from '@playwright/test'
import { PROFILE_STORAGE_KEY } from '../src/features/identity/remembered-profile-key'
import { sessionFromResult, sessionTokenRequest } from '../src/features/session/session-request'
import { mytokenResponseSchema } from '../src/lib/mytoken/api/schemas'
import {
  BROWSER_ID_STORAGE_KEY,
  newBrowserId,
} from '../src/lib/mytoken/browser-state/browser-sessions'
import { SESSION_STORAGE_KEY } from '../src/lib/mytoken/browser-state/stored-session'
import { stackConfig } from '../stack/config'
import { authenticate } from '../stack/provider/accounts'
import {
  introspect,
  pollOidcFlow,
  startOidcFlow,
  type MytokenAnswer,
  type Restriction,
} from './stack-api'

export interface FlowUser {
  username: string
  password: string
}

interface JarCookie {
  name: string
  value: string
  path: string
}

/** The cookies a browser would keep for the loopback hosts (ports share cookies, as in browsers). */
class CookieJar {
  private cookies = new Map<string, JarCookie>()

  header(url: URL): string {
    return [...this.cookies.values()]
      .filter((cookie) => url.pathname.startsWith(cookie.path))
      .map((cookie) => `${cookie.name}=${cookie.value}`)
      .join('; ')
  }

  keep(url: URL, response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';').map((part) => part.trim())
      const separator = pair.indexOf('=')
      const name = pair.slice(0, separator)
      const value = pair.slice(separator + 1)
      const attribute = (key: string) =>
        attributes.find((part) => part.toLowerCase().startsWith(`${key}=`))?.slice(key.length + 1)
      const path = attribute('path') ?? url.pathname.replace(/\/[^/]*$/, '/')
      const expires = attribute('expires')
      const gone =
        attribute('max-age') === '0' ||
        (expires !== undefined && Date.parse(expires) <= Date.now()) ||
        value === ''
      const key = `${name} ${path}`
      if (gone) this.cookies.delete(key)
      else this.cookies.set(key, { name, value, path })
    }
  }

  /** The kept cookies, as a browser context takes them (the loopback host, any port). */
  forBrowser(): Cookie[] {
    const host = new URL(stackConfig.provider.issuer).hostname
    return [...this.cookies.values()].map(({ name, value, path }) => ({
      name,
      value,
      path,
      domain: host,
      expires: -1,
      httpOnly: true,
      secure: false,
      sameSite: 'Lax',
    }))
  }
}

/** A request with the jar's cookies, redirects not followed. */
async function send(jar: CookieJar, url: URL, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers)
  const cookie = jar.header(url)
  if (cookie) headers.set('Cookie', cookie)
  const response = await fetch(url, { ...init, headers, redirect: 'manual' })
  jar.keep(url, response)
  return response
}

/** The JavaScript value the consent page assigns to `name` (a string literal in its HTML). */
function pageConstant(html: string, name: string): string {
  const match = new RegExp(`const ${name} = "([^"]*)";`).exec(html)
  if (!match) throw new Error(`the consent page has no ${name}`)
  return decodeHtml(match[1]!)
}

function decodeHtml(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

/**
 * What "Continue" on the consent page sends when the user changes nothing: the issuer, the
 * checked capabilities, the name, the restrictions and the rotation the page was rendered with.
 */
function consentPageDefaults(html: string) {
  const capabilities = [...html.matchAll(/checkedCapabilities\.push\("([^"]*)"\);/g)].map((match) =>
    decodeHtml(match[1]!),
  )
  // 'restrictions': X?X:[{}] ,   (X is the request's restrictions as JSON, or absent)
  const restrictionsSource = /'restrictions': (.*) ,\s*$/m.exec(html)?.[1]
  if (!restrictionsSource) throw new Error('the consent page has no restrictions')
  const given = restrictionsSource.endsWith(':[{}]')
    ? restrictionsSource.slice(0, (restrictionsSource.length - ':[{}]'.length - 1) / 2)
    : ''
  const restrictions = (given ? JSON.parse(given) : [{}]) as Restriction[]
  const rotationNull = /const rot_null = true;/.test(html)
  const flag = (name: string) => new RegExp(`const ${name} = true;`).test(html)
  const rotation =
    rotationNull || (!flag('rot_onAT') && !flag('rot_onOther'))
      ? null
      : {
          on_AT: flag('rot_onAT'),
          on_other: flag('rot_onOther'),
          lifetime: Number(/const rot_lifetime = (\d+);/.exec(html)?.[1] ?? 0),
          auto_revoke: flag('rot_autoRevoke'),
        }
  return {
    oidc_issuer: pageConstant(html, 'issuer'),
    restrictions,
    capabilities,
    name: pageConstant(html, 'tokenName'),
    rotation,
  }
}

/** The action of the first form on a provider page whose markup matches `pattern`. */
function formAction(html: string, pattern: RegExp): string | undefined {
  for (const form of html.matchAll(/<form method="post" action="([^"]+)">([\s\S]*?)<\/form>/g)) {
    if (pattern.test(form[2]!)) return decodeHtml(form[1]!)
  }
  return undefined
}

/**
 * Approves a consent page as a user who changes nothing there: "Continue", the provider's login
 * form (skipped when the jar holds a provider session), "Allow" (or "Deny"), until the mytoken
 * server's `/native` page. Returns the jar with the provider's session cookies.
 */
export async function approveOverHttp(
  consentUri: string,
  user: FlowUser,
  options: { onProviderConsent?: 'allow' | 'deny'; jar?: CookieJar } = {},
): Promise<CookieJar> {
  const jar = options.jar ?? new CookieJar()
  const consentUrl = new URL(consentUri)
  const page = await send(jar, consentUrl)
  if (page.status !== 200) throw new Error(`the consent page answered ${page.status}`)
  const approved = await send(jar, consentUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(consentPageDefaults(await page.text())),
  })
  const approval = (await approved.json()) as { authorization_uri?: string }
  if (approved.status !== 278 || !approval.authorization_uri)
    throw new Error(`"Continue" was answered ${approved.status}: ${JSON.stringify(approval)}`)

  let url = new URL(approval.authorization_uri)
  let init: RequestInit = {}
  for (let step = 0; step < 20; step++) {
    const response = await send(jar, url, init)
    const location = response.headers.get('location')
    if (response.status >= 300 && response.status < 400 && location) {
      await response.arrayBuffer()
      url = new URL(location, url)
      init = {}
      continue
    }
    const html = await response.text()
    if (url.origin === new URL(stackConfig.mytoken.issuer).origin) {
      if (url.pathname.startsWith('/native') && response.status === 200) return jar
      throw new Error(
        `the flow ended at ${url.pathname} (${response.status}): ${html.slice(0, 300)}`,
      )
    }
    const login = formAction(html, /name="password"/)
    const decision = options.onProviderConsent ?? 'allow'
    const consent = formAction(html, new RegExp(`value="${decision}"`))
    if (login) {
      url = new URL(login, url)
      init = {
        method: 'POST',
        body: new URLSearchParams(user as unknown as Record<string, string>),
      }
    } else if (consent) {
      url = new URL(consent, url)
      init = { method: 'POST', body: new URLSearchParams({ decision }) }
    } else {
      throw new Error(
        `no form to go on with at ${url.href} (${response.status}): ${html.slice(0, 300)}`,
      )
    }
  }
  throw new Error('the flow did not reach the mytoken server after 20 steps')
}

/** Polls an approved flow until its token is there (the server needs a moment after `/native`). */
async function pollUntilDone(pollingCode: string): Promise<MytokenAnswer> {
  const deadline = Date.now() + 30_000
  for (;;) {
    const answer = await pollOidcFlow(pollingCode)
    if (answer) return answer
    if (Date.now() > deadline) throw new Error('the flow was still pending after 30 s')
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** The whole `oidc_flow` for `request`, approved over HTTP as `user`. */
export async function oidcFlowOverHttp(
  request: Record<string, unknown>,
  user: FlowUser,
  jar?: CookieJar,
): Promise<{ answer: MytokenAnswer; jar: CookieJar }> {
  const started = await startOidcFlow(request)
  const approvedJar = await approveOverHttp(started.consentUri, user, { jar })
  return { answer: await pollUntilDone(started.pollingCode), jar: approvedJar }
}

/** What a tab holds after the app's sign-in: its sessionStorage entries and the provider's cookies. */
export interface SignedInState {
  token: string
  sessionStorage: [string, string][]
  localStorage: [string, string][]
  cookies: Cookie[]
}

/**
 * Signs `user` in the way the app does — the app's own session request (name, capabilities,
 * restrictions), the real consent page, provider and polling — and returns what the app would
 * then keep: the session and the header's name and e-mail in sessionStorage, and the provider's
 * session cookies in the browser. Checks at the server that the session is valid and is the
 * token the app asked for.
 */
export async function signInOverHttp(user: FlowUser): Promise<SignedInState> {
  const providerIssuer = stackConfig.provider.issuer
  // the tab gets the browser id its session is named for, as after the app's own sign-in
  const browser = newBrowserId()
  const request = sessionTokenRequest(providerIssuer, Date.now(), browser)
  const { answer, jar } = await oidcFlowOverHttp({ ...request }, user)
  // read as the app's client reads the poll's answer
  const result = mytokenResponseSchema.parse(answer)
  const session = sessionFromResult(result, stackConfig.mytoken.issuer, providerIssuer, Date.now())

  const info = await introspect(session.token)
  if (!info.valid) throw new Error('the session made over HTTP is not valid at the server')
  if (info.token.name !== request.name)
    throw new Error(`the session is named ${info.token.name}, not ${request.name}`)
  const capabilities = [...(info.token.capabilities ?? [])].sort()
  if (JSON.stringify(capabilities) !== JSON.stringify([...(request.capabilities ?? [])].sort()))
    throw new Error(`the session has the capabilities ${capabilities.join(', ')}`)

  const account = authenticate(user.username, user.password)
  if (!account) throw new Error(`the provider does not know ${user.username}`)
  return {
    token: session.token,
    sessionStorage: [
      [SESSION_STORAGE_KEY, JSON.stringify(session)],
      [
        PROFILE_STORAGE_KEY,
        JSON.stringify({ momId: session.momId, name: account.name, email: account.email }),
      ],
    ],
    localStorage: [[BROWSER_ID_STORAGE_KEY, browser]],
    cookies: jar.forBrowser(),
  }
}
