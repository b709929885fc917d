// Starting points ("what is the token for?") and the prefill-from-link format.
//
// Prefill link format (all parameters optional). A link such as
//   /create?preset=toar&name=My%20script&exp=%2B30d&usages_AT=50&scope=email%20profile
//          &capabilities=AT,tokeninfo&hosts=10.0.0.0/8&rotation=on_AT,auto_revoke
// starts from a preset and overrides single settings of the first restriction clause:
//   preset        toar | compute | info | custom (default custom)
//   name          token name
//   provider      OpenID provider issuer (must be one of the instance's providers)
//   capabilities  comma/space separated capability names
//   exp, nbf      `+3d12h30m` relative (units y w d h m s, bare number = seconds),
//                 `YYYY-MM-DD HH:mm` local time, or unix seconds; resolved on submit
//   scope         space/comma separated scopes
//   audience, hosts, geoip_allow, geoip_disallow   space/comma separated lists
//   usages_AT, usages_other                         positive whole numbers
//   rotation      comma list of on_AT, on_other, auto_revoke; rotation_lifetime a duration (`1d`)
//   response_type token | short_token | transfer_code
//   include       name of a server profile (e.g. `web-default`, `group/name`) the server merges in
// Anything else is ignored — in particular a token is never read from the URL.
import type { Discovery, Provider } from '@/lib/mytoken/api/schemas'
import { formatDuration } from '@/lib/mytoken/vocabulary/durations'
import { splitList } from '@/lib/text/split-list'
import { emptyClause, responseTypes, type CreateTokenValues } from './schema'

export const presetIds = ['toar', 'compute', 'info', 'custom'] as const
export type PresetId = (typeof presetIds)[number]

export const TOAR_SCOPES = ['eduperson_unique_id', 'email', 'profile']

/** The Helmholtz AAI provider when the instance has one (the TOAR guide needs it), else the first. */
export function preferredProvider(providers: Provider[]): Provider | undefined {
  return (
    providers.find((p) => /helmholtz/i.test(p.name ?? '') || /helmholtz/i.test(p.issuer)) ??
    providers[0]
  )
}

export function presetValues(id: PresetId, discovery: Discovery): CreateTokenValues {
  const provider = preferredProvider(discovery.providers_supported)
  const supported = provider?.scopes_supported ?? []
  const base: CreateTokenValues = {
    name: '',
    providerIssuer: provider?.issuer ?? '',
    capabilities: ['AT', 'tokeninfo'],
    clauses: [{ ...emptyClause(), exp: '+7d' }],
    rotation: { onAT: false, onOther: false, lifetime: '', autoRevoke: false },
    responseType: 'token',
    include: '',
  }
  switch (id) {
    case 'toar':
      return {
        ...base,
        name: 'TOAR data access',
        capabilities: ['AT'],
        clauses: [
          {
            ...emptyClause(),
            exp: '+30d',
            scopes: TOAR_SCOPES.filter((s) => supported.includes(s)),
            usagesAT: '100',
          },
        ],
      }
    case 'compute':
      return {
        ...base,
        name: 'Compute job',
        capabilities: ['AT', 'tokeninfo:introspect'],
        clauses: [{ ...emptyClause(), exp: '+30d', usagesAT: '1000' }],
      }
    case 'info':
      return {
        ...base,
        name: 'Token information',
        capabilities: ['tokeninfo'],
        clauses: [{ ...emptyClause(), exp: '+7d', usagesOther: '100' }],
      }
    case 'custom':
      return base
  }
}

/** Values of a server profile's (already resolved) payload, applied on top of `base`. */
export function profileValues(
  payload: unknown,
  base: CreateTokenValues,
  nowAtFetch: number,
): CreateTokenValues {
  if (typeof payload !== 'object' || payload === null) return base
  const p = payload as Record<string, unknown>
  const next: CreateTokenValues = { ...base, clauses: base.clauses.map((c) => ({ ...c })) }
  if (Array.isArray(p.capabilities))
    next.capabilities = p.capabilities.filter((c): c is string => typeof c === 'string')
  if (Array.isArray(p.restrictions)) {
    const clauses = p.restrictions
      .filter((r): r is Record<string, unknown> => typeof r === 'object' && r !== null)
      .map((r) => {
        const clause = emptyClause()
        const list = (v: unknown) =>
          Array.isArray(v) ? v.filter((x) => typeof x === 'string').join(' ') : ''
        const time = (v: unknown) =>
          typeof v === 'number' && v > 0
            ? v > nowAtFetch
              ? `+${formatDuration(v - nowAtFetch)}`
              : String(v)
            : ''
        clause.exp = time(r.exp)
        clause.nbf = time(r.nbf)
        if (typeof r.scope === 'string') clause.scopes = splitList(r.scope)
        clause.audiences = list(r.audience)
        clause.hosts = list(r.hosts)
        clause.geoipAllow = list(r.geoip_allow)
        clause.geoipDisallow = list(r.geoip_disallow)
        if (typeof r.usages_AT === 'number') clause.usagesAT = String(r.usages_AT)
        if (typeof r.usages_other === 'number') clause.usagesOther = String(r.usages_other)
        return clause
      })
    next.clauses = clauses.length > 0 ? clauses : [emptyClause()]
  }
  if (typeof p.rotation === 'object' && p.rotation !== null) {
    const r = p.rotation as Record<string, unknown>
    next.rotation = {
      onAT: r.on_AT === true,
      onOther: r.on_other === true,
      lifetime: typeof r.lifetime === 'number' && r.lifetime > 0 ? formatDuration(r.lifetime) : '',
      autoRevoke: r.auto_revoke === true,
    }
  }
  return next
}

/** A `provider` the link asked for that this instance does not offer (the form uses another). */
export function ignoredProvider(params: URLSearchParams, discovery: Discovery): string | undefined {
  const provider = params.get('provider')
  if (!provider) return undefined
  return discovery.providers_supported.some((p) => p.issuer === provider) ? undefined : provider
}

export function presetFromParams(params: URLSearchParams): PresetId {
  const preset = params.get('preset')
  return presetIds.find((id) => id === preset) ?? 'custom'
}

/** The form's starting values for a link's query parameters (see the format above). */
export function valuesFromParams(params: URLSearchParams, discovery: Discovery): CreateTokenValues {
  const values = presetValues(presetFromParams(params), discovery)
  const clause = { ...(values.clauses[0] ?? emptyClause()) }
  const get = (key: string) => params.get(key) ?? undefined

  const name = get('name')
  if (name !== undefined) values.name = name.slice(0, 100)
  const provider = get('provider')
  if (provider && discovery.providers_supported.some((p) => p.issuer === provider))
    values.providerIssuer = provider
  const capabilities = get('capabilities')
  if (capabilities !== undefined) values.capabilities = splitList(capabilities)
  const exp = get('exp')
  if (exp !== undefined) clause.exp = exp
  const nbf = get('nbf')
  if (nbf !== undefined) clause.nbf = nbf
  const scope = get('scope')
  if (scope !== undefined) clause.scopes = splitList(scope)
  const lists = [
    ['audience', 'audiences'],
    ['hosts', 'hosts'],
    ['geoip_allow', 'geoipAllow'],
    ['geoip_disallow', 'geoipDisallow'],
  ] as const
  for (const [param, field] of lists) {
    const value = get(param)
    if (value !== undefined) clause[field] = splitList(value).join(' ')
  }
  const usagesAT = get('usages_AT')
  if (usagesAT !== undefined) clause.usagesAT = usagesAT
  const usagesOther = get('usages_other')
  if (usagesOther !== undefined) clause.usagesOther = usagesOther
  values.clauses = [clause, ...values.clauses.slice(1)]

  const rotation = get('rotation')
  if (rotation !== undefined) {
    const flags = splitList(rotation)
    values.rotation = {
      ...values.rotation,
      onAT: flags.includes('on_AT'),
      onOther: flags.includes('on_other'),
      autoRevoke: flags.includes('auto_revoke'),
    }
  }
  const lifetime = get('rotation_lifetime')
  if (lifetime !== undefined) values.rotation.lifetime = lifetime
  const responseType = get('response_type')
  const known = responseTypes.find((t) => t === responseType)
  if (known && discovery.response_types_supported.includes(known)) values.responseType = known
  const include = get('include')
  if (include !== undefined) values.include = include
  return values
}
