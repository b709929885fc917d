// Node-side helpers for the app's runtime configuration (`/config.json`) and the security
// headers derived from it. Used by vite.config.ts (dev and preview servers) and by tests.
import { readFileSync } from 'node:fs'
import { stackConfig } from '../stack/config.ts'

export interface RuntimeConfig {
  instances: { issuer: string; name: string }[]
  spaClients?: { providerIssuer: string; clientId: string }[]
}

/** The configuration that points the app at the local stack (used by `npm start` and the tests). */
export function localStackRuntimeConfig(): RuntimeConfig {
  return {
    instances: [{ issuer: stackConfig.mytoken.issuer, name: 'Local mytoken server' }],
    spaClients: [
      {
        providerIssuer: stackConfig.provider.issuer,
        clientId: stackConfig.provider.spaClient.clientId,
      },
    ],
  }
}

/**
 * MYTOKEN_WEB_CONFIG selects what `/config.json` serves: `local-stack`, a path to a JSON file,
 * or (unset) the file in the served folder.
 */
export function runtimeConfigOverride(): RuntimeConfig | undefined {
  const choice = process.env.MYTOKEN_WEB_CONFIG
  if (!choice) return undefined
  if (choice === 'local-stack') return localStackRuntimeConfig()
  return JSON.parse(readFileSync(choice, 'utf8')) as RuntimeConfig
}

/** The provider's silent sign-in answers on this page, inside a hidden iframe of the app. */
export const callbackPathPrefix = '/auth/callback'

/** The origins `connect-src` and `frame-src` allow: the app, the instances, the SPA clients' providers. */
export function allowedOrigins(config: RuntimeConfig): { connect: string[]; frame: string[] } {
  const apiOrigins = config.instances.map((instance) => origin(instance.issuer))
  const providerOrigins = (config.spaClients ?? []).map((client) => origin(client.providerIssuer))
  return {
    connect: [...new Set(["'self'", ...apiOrigins, ...providerOrigins])],
    // the provider's silent sign-in iframe ends on this app's own callback page
    frame: [...new Set(["'self'", ...providerOrigins])],
  }
}

function origin(url: string): string {
  return new URL(url).origin
}

/** Files under /assets/ carry a content hash in their name; they never change. */
export const hashedAssetsPrefix = '/assets/'

/**
 * Cache-Control of every response of the built app: hashed assets are cached for a year and
 * never revalidated; everything else (HTML, config.json, favicon) is revalidated on every use,
 * so a new release or a changed config.json takes effect on the next load.
 */
export function cacheControl(path: string): string {
  return path.startsWith(hashedAssetsPrefix) ? 'public, max-age=31536000, immutable' : 'no-cache'
}

/**
 * In the prerendered pages, the value of the `nonce` attribute of their inline style sheet and
 * boot script; the web server replaces it in every HTML response with that response's nonce.
 */
export const CSP_NONCE_PLACEHOLDER = '__CSP_NONCE__'

/**
 * Security headers for every response of the built app. deploy/nginx/mytoken-web.conf sends the
 * same (checked by stack/nginx.test.ts and the e2e tests against nginx). `nonce` is fresh and
 * unguessable for each response (nginx: `$request_id`, 128 random bits); only the inline
 * elements of the HTML answered with it may run.
 */
export function securityHeaders(
  config: RuntimeConfig,
  path: string,
  nonce: string,
): Record<string, string> {
  const { connect, frame: frames } = allowedOrigins(config)
  // The provider's silent sign-in answers inside a hidden iframe of this app, so that one
  // page (and only that one) may be framed by the app itself.
  const frameAncestors = path.startsWith(callbackPathPrefix) ? "'self'" : "'none'"
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${connect.join(' ')}`,
    `frame-src ${frames.join(' ')}`,
    `frame-ancestors ${frameAncestors}`,
    "form-action 'self'",
    "base-uri 'none'",
    "object-src 'none'",
  ].join('; ')
  return {
    'Content-Security-Policy': csp,
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  }
}
