// The access token on demand, as pure functions: which scopes a provider offers, checking what
// the user typed, the short-lived mytoken to ask for, the access-token request made with it, and
// what the provider granted compared with what was asked.
import type { AccessTokenOptions } from '@/lib/mytoken/api/client'
import type { AccessTokenResponse, Provider } from '@/lib/mytoken/api/schemas'
import type { StepUpSpec } from '@/lib/step-up/step-up'
import { splitList } from '@/lib/text/split-list'

/** The mytoken server adds this scope itself (it needs a refresh token); never a user's choice. */
export const SERVER_ADDED_SCOPE = 'offline_access'
const PREFERRED_DEFAULT_SCOPES = ['openid', 'profile', 'email']
export const MAX_AUDIENCES = 10
export const MAX_AUDIENCE_LENGTH = 500
/** what a user gives the app that sends the request; shown in the token's history */
export const ACCESS_TOKEN_COMMENT = 'on demand in mytoken-web'

export interface AccessTokenFormValues {
  providerIssuer: string
  /** the chosen scopes (checkboxes), or typed ones when the provider lists none */
  scopes: string[]
  /** free text: audiences separated by spaces or commas */
  audience: string
}

export type FormProblem =
  | { field: 'provider'; code: 'unknownProvider' }
  | { field: 'scopes'; code: 'noScope' }
  | { field: 'scopes'; code: 'unknownScope'; values: string[] }
  | { field: 'scopes'; code: 'scopeCharacters'; values: string[] }
  | { field: 'audience'; code: 'tooManyAudiences' }
  | { field: 'audience'; code: 'audienceTooLong'; values: string[] }
  | { field: 'audience'; code: 'audienceCharacters'; values: string[] }
  | { field: 'audience'; code: 'audienceNotUrl'; values: string[] }

export interface AccessTokenPlan {
  spec: StepUpSpec
  options: AccessTokenOptions
  scopes: string[]
  audiences: string[]
}

/** The scopes a user may pick for this provider, as discovery lists them. */
export function offeredScopes(provider: Provider | undefined): string[] {
  return (provider?.scopes_supported ?? []).filter((scope) => scope !== SERVER_ADDED_SCOPE)
}

/** openid, profile and email where offered; otherwise the first offered scope. */
export function defaultScopes(provider: Provider | undefined): string[] {
  const offered = offeredScopes(provider)
  const preferred = offered.filter((scope) => PREFERRED_DEFAULT_SCOPES.includes(scope))
  return preferred.length > 0 ? preferred : offered.slice(0, 1)
}

const unique = (values: string[]) => [...new Set(values)]

/**
 * Another provider: keeps the chosen scopes it offers too (all of them when it lists none, as
 * they are typed then), otherwise its defaults; the audience stays.
 */
export function switchProvider(
  values: AccessTokenFormValues,
  provider: Provider | undefined,
): AccessTokenFormValues {
  const offered = offeredScopes(provider)
  const kept =
    offered.length === 0 ? values.scopes : values.scopes.filter((s) => offered.includes(s))
  return {
    ...values,
    providerIssuer: provider?.issuer ?? '',
    scopes: kept.length > 0 ? kept : defaultScopes(provider),
  }
}

// RFC 6749 scope-token characters
const SCOPE_TOKEN = /^[\x21\x23-\x5b\x5d-\x7e]+$/
// printable ASCII without quotes, backslash, angle brackets, backtick, braces, pipe, caret
const AUDIENCE_TOKEN = /^[\x21\x23-\x3b\x3d\x3f-\x5b\x5d\x5f\x61-\x7a\x7e]+$/
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i

function isAbsoluteUriWithoutFragment(value: string): boolean {
  try {
    const url = new URL(value)
    return url.hash === '' && !value.includes('#') && url.protocol.length > 1
  } catch {
    return false
  }
}

/** Every problem of the form at once, so the user can fix them together; [] when it can be sent. */
export function checkAccessTokenForm(
  values: AccessTokenFormValues,
  providers: readonly Provider[],
): FormProblem[] {
  const problems: FormProblem[] = []
  const provider = providers.find((p) => p.issuer === values.providerIssuer)
  if (!provider) problems.push({ field: 'provider', code: 'unknownProvider' })
  const scopes = unique(values.scopes.map((scope) => scope.trim()).filter(Boolean))
  const offered = offeredScopes(provider)
  if (scopes.length === 0) problems.push({ field: 'scopes', code: 'noScope' })
  else if (provider && offered.length > 0) {
    const unknown = scopes.filter((scope) => !offered.includes(scope))
    if (unknown.length > 0)
      problems.push({ field: 'scopes', code: 'unknownScope', values: unknown })
  } else {
    const bad = scopes.filter((scope) => !SCOPE_TOKEN.test(scope))
    if (bad.length > 0) problems.push({ field: 'scopes', code: 'scopeCharacters', values: bad })
  }

  const audiences = splitList(values.audience)
  if (audiences.length > MAX_AUDIENCES) {
    problems.push({ field: 'audience', code: 'tooManyAudiences' })
    return problems
  }
  const tooLong = audiences.filter((a) => a.length > MAX_AUDIENCE_LENGTH)
  if (tooLong.length > 0)
    problems.push({ field: 'audience', code: 'audienceTooLong', values: tooLong })
  const rest = audiences.filter((a) => a.length <= MAX_AUDIENCE_LENGTH)
  const badCharacters = rest.filter((a) => !AUDIENCE_TOKEN.test(a))
  if (badCharacters.length > 0)
    problems.push({ field: 'audience', code: 'audienceCharacters', values: badCharacters })
  const badUrls = rest.filter(
    (a) => AUDIENCE_TOKEN.test(a) && HAS_SCHEME.test(a) && !isAbsoluteUriWithoutFragment(a),
  )
  if (badUrls.length > 0)
    problems.push({ field: 'audience', code: 'audienceNotUrl', values: badUrls })
  return problems
}

/**
 * The short-lived mytoken (capability AT only, one access token, limited to exactly these
 * scopes and audiences, minutes of lifetime, no rotation — see `stepUpRequest`) and the one
 * access-token request made with it. Call only with values `checkAccessTokenForm` accepted.
 */
export function planAccessToken(
  values: AccessTokenFormValues,
  applicationName: string,
): AccessTokenPlan {
  const scopes = unique(values.scopes.map((scope) => scope.trim()).filter(Boolean))
  const audiences = splitList(values.audience)
  const scope = scopes.join(' ')
  const audience = audiences.join(' ')
  return {
    scopes,
    audiences,
    spec: {
      providerIssuer: values.providerIssuer,
      capabilities: ['AT'],
      purpose: 'one access token',
      applicationName,
      restrictions: {
        usages_AT: 1,
        scope,
        ...(audiences.length > 0 ? { audience: audiences } : {}),
      },
    },
    options: { scope, ...(audience ? { audience } : {}), comment: ACCESS_TOKEN_COMMENT },
  }
}

export interface GrantedComparison {
  /** the scopes the provider put into the token (the server's `scope`) */
  scopes: string[]
  /** asked for but not granted */
  missing: string[]
  /** granted without being asked for (e.g. offline_access, which the server adds) */
  extra: string[]
  /** the audiences the token names; empty when the provider does not say (e.g. opaque tokens) */
  audiences: string[]
  /** asked-for audiences the token does not name */
  missingAudiences: string[]
}

export function compareGranted(plan: AccessTokenPlan, response: AccessTokenResponse) {
  const scopes = splitList(response.scope ?? '')
  const audiences = unique((response.audience ?? []).filter((a) => typeof a === 'string' && a))
  return {
    scopes,
    missing: plan.scopes.filter((scope) => !scopes.includes(scope)),
    extra: scopes.filter((scope) => !plan.scopes.includes(scope)),
    audiences,
    missingAudiences: plan.audiences.filter((a) => !audiences.includes(a)),
  } satisfies GrantedComparison
}

/** Epoch ms when the access token expires; undefined when the provider did not say. */
export function expiresAt(response: AccessTokenResponse, receivedAtMs: number): number | undefined {
  const seconds = response.expires_in
  if (seconds === undefined || !Number.isFinite(seconds) || seconds <= 0) return undefined
  // a far-off value from outside must not overflow Date
  return receivedAtMs + Math.min(seconds, 10 * 365 * 24 * 3600) * 1000
}

/**
 * A shell snippet that keeps the token out of the shell history and out of every command line
 * (`ps` shows those to everyone on a shared machine): `read` and `printf` are shell built-ins, and
 * curl reads the header from its standard input.
 */
export function curlSnippet(audiences: string[]): string {
  const target = audiences.find((a) => /^https?:\/\//i.test(a) && isAbsoluteUriWithoutFragment(a))
  const url = target ?? 'https://service.example/api'
  return [
    'read -rs ACCESS_TOKEN',
    `printf 'Authorization: Bearer %s\\n' "$ACCESS_TOKEN" | curl -H @- '${url.replaceAll("'", "'\\''")}'`,
  ].join('\n')
}

/**
 * The form's first values: a link may name `provider`, `scope` and `audience` (never a token);
 * otherwise the signed-in session's provider (or the first one) with its default scopes. Values
 * from a link are kept as they are, so the form can point out what the provider does not offer.
 */
export function initialFormValues(
  providers: readonly Provider[],
  link: URLSearchParams,
  sessionProviderIssuer?: string,
): AccessTokenFormValues {
  const linked = link.get('provider')
  const providerIssuer =
    linked ??
    providers.find((p) => p.issuer === sessionProviderIssuer)?.issuer ??
    providers[0]?.issuer ??
    ''
  const provider = providers.find((p) => p.issuer === providerIssuer)
  const scope = link.get('scope')
  return {
    providerIssuer,
    scopes: scope !== null ? splitList(scope) : defaultScopes(provider),
    audience: link.get('audience') ?? '',
  }
}
