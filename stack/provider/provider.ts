// The local OpenID provider standing in for Helmholtz AAI (npm `oidc-provider` v9), on 127.0.0.1 only.
// Two clients: the mytoken server (confidential) and the browser app (public, PKCE, first-party).
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider'
import { stackConfig } from '../config.ts'
import { claimsOf, findAccountBySub } from './accounts.ts'
import { handleInteraction } from './interactions.ts'
import { generateSigningKeys, randomSecret } from './keys.ts'
import { createMemoryAdapter } from './memory-adapter.ts'
import { loggedOutPage, logoutPage, oidcErrorPage, stylesheet, stylesheetPath } from './pages.ts'

const { provider: op, mytoken, app } = stackConfig
const day = 24 * 60 * 60
// Test runs in parallel checkouts (STACK_SLOT, APP_PREVIEW_PORT) serve their build on 4173–4182, so a shared
// stack accepts all of them.
const previewPorts = Array.from({ length: 10 }, (_, i) => 4173 + i)
const appOrigins: string[] = [
  ...new Set([
    app.devOrigin,
    app.previewOrigin,
    ...previewPorts.map((port) => `http://${app.host}:${port}`),
  ]),
]
const spaScopes = 'openid profile email eduperson_unique_id'

interface KoaLikeContext {
  type: string
  body: string
  oidc: KoaContextWithOIDC['oidc']
}

function clientNameOf(ctx: KoaLikeContext): string | undefined {
  const client = ctx.oidc.client
  return client ? (client.clientName ?? client.clientId) : undefined
}

export function providerConfiguration(adapter: (model: string) => unknown): Configuration {
  return {
    adapter,
    clients: [
      {
        client_id: op.mytokenClient.clientId,
        client_secret: op.mytokenClient.clientSecret,
        client_name: 'mytoken (local server)',
        application_type: 'web',
        token_endpoint_auth_method: 'client_secret_basic',
        redirect_uris: [`${mytoken.issuer}/redirect`],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        scope: op.scopes.join(' '),
      },
      {
        client_id: op.spaClient.clientId,
        client_name: 'mytoken-web (local app)',
        application_type: 'web',
        token_endpoint_auth_method: 'none',
        // popup and silent (iframe) sign-in both finish on this small page of the app
        redirect_uris: appOrigins.map((origin) => `${origin}/auth/callback.html`),
        post_logout_redirect_uris: appOrigins.map((origin) => `${origin}/`),
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        scope: spaScopes,
      },
    ],
    jwks: generateSigningKeys(),
    cookies: { keys: [randomSecret(), randomSecret()] },
    scopes: ['openid', 'offline_access', 'profile', 'email', 'eduperson_unique_id'],
    claims: {
      openid: ['sub'],
      profile: ['name', 'given_name', 'family_name', 'preferred_username'],
      email: ['email', 'email_verified'],
      eduperson_unique_id: ['eduperson_unique_id'],
    },
    // release the scope claims in the ID token as well, not only at userinfo
    conformIdTokenClaims: false,
    async findAccount(_ctx: unknown, sub: string) {
      const account = findAccountBySub(sub)
      if (!account) return undefined
      return { accountId: sub, claims: () => claimsOf(account) }
    },
    features: {
      devInteractions: { enabled: false },
      revocation: {
        enabled: true,
        // Revoking a refresh token revokes that token only (RFC 7009 leaves the rest to the
        // provider); oidc-provider would also end every access token of its grant. When a
        // mytoken is revoked, the mytoken server revokes its refresh token here, and access
        // tokens already obtained stay valid until they expire — which the app's "access token
        // on demand" relies on: it revokes its one-use mytoken right after obtaining the token.
        async allowedPolicy(
          _ctx: unknown,
          client: { clientId: string },
          token: { clientId?: string; kind: string; destroy(): Promise<void> },
        ) {
          if (token.clientId !== client.clientId) return false
          if (token.kind !== 'RefreshToken') return true
          await token.destroy()
          return false
        },
      },
      introspection: { enabled: true },
      userinfo: { enabled: true },
      // mytoken v0.10.1 passes a token's audiences as RFC 8707 `resource` parameters (its
      // default, and the stack's config): at authorization, and one per refresh. An access token
      // for a resource is a JWT with that `aud`, since the server reads the audience it reports
      // from the token itself. Like any RFC 8707 provider built on oidc-provider, one resource per
      // token request, named at authorization before, an absolute URI.
      resourceIndicators: {
        enabled: true,
        getResourceServerInfo: (_ctx: unknown, resource: string) => ({
          scope: op.scopes.join(' '),
          audience: resource,
          accessTokenFormat: 'jwt',
          accessTokenTTL: 60 * 60,
          jwt: { sign: { alg: 'RS256' } },
        }),
      },
      rpInitiatedLogout: {
        enabled: true,
        async logoutSource(ctx: KoaLikeContext, form: string) {
          ctx.type = 'html'
          ctx.body = logoutPage(form, clientNameOf(ctx))
        },
        async postLogoutSuccessSource(ctx: KoaLikeContext) {
          ctx.type = 'html'
          ctx.body = loggedOutPage(clientNameOf(ctx))
        },
      },
    },
    async renderError(ctx: KoaLikeContext, out: Record<string, unknown>) {
      ctx.type = 'html'
      ctx.body = oidcErrorPage(out)
    },
    interactions: {
      url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}`,
    },
    pkce: { required: () => true },
    issueRefreshToken: async (
      _ctx: unknown,
      client: { clientId: string; grantTypeAllowed(type: string): boolean },
      code: { scopes: Set<string> },
    ) =>
      client.grantTypeAllowed('refresh_token') &&
      (client.clientId === op.mytokenClient.clientId || code.scopes.has('offline_access')),
    rotateRefreshToken: false,
    ttl: {
      AccessToken: 60 * 60,
      AuthorizationCode: 10 * 60,
      IdToken: 60 * 60,
      Interaction: 60 * 60,
      Session: day,
      Grant: 30 * day,
      RefreshToken: 30 * day,
    },
    // token, userinfo, revocation … from the app's origins, for the app's client only
    clientBasedCORS: (_ctx: unknown, origin: string, client: { clientId: string }) =>
      client.clientId === op.spaClient.clientId && appOrigins.includes(origin),
    // The app is first-party: once signed in at the OP, it gets its grant without a consent page,
    // so that prompt=none (silent sign-in in an iframe) works.
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const { client, session, result, provider } = ctx.oidc
      if (!client) return undefined
      const grantId = result?.consent?.grantId ?? session.grantIdFor(client.clientId)
      const existing = grantId ? await provider.Grant.find(grantId) : undefined
      if (client.clientId !== op.spaClient.clientId || !session.accountId) return existing
      const grant =
        existing ?? new provider.Grant({ clientId: client.clientId, accountId: session.accountId })
      grant.addOIDCScope(spaScopes)
      await grant.save()
      return grant
    },
  }
}

export interface RunningProvider {
  issuer: string
  close(): Promise<void>
}

/** Starts the OP on 127.0.0.1 at the configured port. */
export async function startProvider(): Promise<RunningProvider> {
  const adapter = createMemoryAdapter()
  const provider = new Provider(op.issuer, providerConfiguration(adapter))
  const handleOidc = provider.callback()
  const logDir = path.join(stackConfig.stateDir, 'logs')
  fs.mkdirSync(logDir, { recursive: true })
  const accessLog = fs.createWriteStream(path.join(logDir, 'provider-access.log'), { flags: 'a' })
  const note = (line: string) => accessLog.write(`${new Date().toISOString()} ${line}\n`)
  provider.on('grant.success', (ctx: unknown) => {
    const { oidc, body } = ctx as {
      oidc: { params?: Record<string, unknown> }
      body?: Record<string, unknown>
    }
    note(
      `  token: grant_type=${String(oidc.params?.grant_type)} requested scope="${String(oidc.params?.scope ?? '')}" → scope="${String(body?.scope ?? '')}"`,
    )
  })
  for (const event of [
    'grant.error',
    'server_error',
    'authorization.error',
    'userinfo.error',
    'revocation.error',
  ]) {
    provider.on(event, (_ctx: unknown, error: unknown) => note(`  ${event}: ${String(error)}`))
  }
  const server = http.createServer((req, res) => {
    const started = Date.now()
    res.once('finish', () => {
      note(`${req.method} ${req.url} → ${res.statusCode} (${Date.now() - started} ms)`)
    })
    const urlPath = (req.url ?? '/').split('?')[0] ?? '/'
    if (urlPath === stylesheetPath) {
      res.setHeader('Content-Type', 'text/css; charset=utf-8')
      res.setHeader('Cache-Control', 'max-age=3600')
      res.end(stylesheet)
      return
    }
    if (urlPath.startsWith('/interaction/')) {
      handleInteraction(provider, req, res).catch((error: unknown) => {
        console.error('[local OP] interaction failed:', error)
        if (!res.headersSent) {
          res.statusCode = 500
          res.end('internal error')
        }
      })
      return
    }
    handleOidc(req, res)
  })
  const url = new URL(op.issuer)
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(Number(url.port), url.hostname, () => {
      server.off('error', reject)
      resolve()
    })
  })
  return {
    issuer: op.issuer,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          adapter.dispose()
          accessLog.end(() => resolve())
        })
        // keep-alive connections would hold close() open
        server.closeAllConnections()
      }),
  }
}
