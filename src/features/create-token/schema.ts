// The create-token form: its values (strings as typed, so nothing the user entered is ever
// lost), the zod schema that validates them, and the pure mapping to the server request.
// zod/mini like the shared schemas: a fraction of the classic API's size in this chunk
import * as z from 'zod/mini'
import type { OidcFlowRequest } from '@/lib/mytoken/api/client'
import type { Provider, Restriction, Rotation } from '@/lib/mytoken/api/schemas'
import { APPLICATION_NAME } from '@/lib/mytoken/vocabulary/app-name'
import { isKnownCapability } from '@/lib/mytoken/vocabulary/capabilities'
import { parseDuration, parseRelativeTime } from '@/lib/mytoken/vocabulary/durations'
import {
  isServerTime,
  MAX_DURATION_SECONDS,
  MAX_USAGES,
  parsePositiveWhole,
} from '@/lib/mytoken/vocabulary/server-limits'
import { splitList } from '@/lib/text/split-list'

// built on first use, like the shared schemas: not while the page's code loads
export const clauseSchema = z.lazy(() =>
  z.object({
    nbf: z.string(),
    exp: z.string(),
    scopes: z.array(z.string()),
    audiences: z.string(),
    hosts: z.string(),
    geoipAllow: z.string(),
    geoipDisallow: z.string(),
    usagesAT: z.string(),
    usagesOther: z.string(),
  }),
)
export type ClauseValues = z.infer<typeof clauseSchema>

/** The longest token name the form takes. */
export const MAX_NAME_LENGTH = 100

export const responseTypes = ['token', 'short_token', 'transfer_code'] as const

const baseSchema = z.lazy(() =>
  z.object({
    name: z.string().check(z.maxLength(MAX_NAME_LENGTH, 'nameTooLong')),
    providerIssuer: z.string().check(z.minLength(1, 'providerRequired')),
    capabilities: z.array(z.string()).check(z.minLength(1, 'capabilitiesRequired')),
    clauses: z.array(clauseSchema).check(z.minLength(1)),
    rotation: z.object({
      onAT: z.boolean(),
      onOther: z.boolean(),
      lifetime: z.string(),
      autoRevoke: z.boolean(),
    }),
    responseType: z.enum(responseTypes),
    include: z.string(),
  }),
)
export type CreateTokenValues = z.infer<typeof baseSchema>

export const emptyClause = (): ClauseValues => ({
  nbf: '',
  exp: '',
  scopes: [],
  audiences: '',
  hosts: '',
  geoipAllow: '',
  geoipDisallow: '',
  usagesAT: '',
  usagesOther: '',
})

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/
const HOSTNAME =
  /^(\*\.)?(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i

function isIPv6(text: string): boolean {
  if (!/^[0-9a-f:.]+$/i.test(text) || !text.includes(':')) return false
  try {
    new URL(`http://[${text}]/`)
    return true
  } catch {
    return false
  }
}

/** An IP address, a CIDR subnet, a host name (optionally `*.suffix`), or `this`. */
export function isValidHost(entry: string): boolean {
  if (entry === 'this') return true
  const [address, prefix, extra] = entry.split('/')
  if (extra !== undefined || address === undefined) return false
  if (prefix !== undefined) {
    if (!/^\d{1,3}$/.test(prefix)) return false
    const bits = Number(prefix)
    if (IPV4.test(address)) return bits <= 32
    return isIPv6(address) && bits <= 128
  }
  return IPV4.test(address) || isIPv6(address) || (HOSTNAME.test(address) && /[a-z]/i.test(address))
}

export const isCountryCode = (code: string) => /^[A-Z]{2}$/.test(code)

/** A time field as it will be sent: undefined when empty, invalid or out of the server's range. */
function sendableTime(text: string, now: number): number | undefined {
  if (text.trim() === '') return undefined
  const at = parseRelativeTime(text, now)
  return at !== undefined && isServerTime(at) ? at : undefined
}

/** A usage count as it will be sent: undefined when empty or not a whole number in range. */
function sendableUsages(text: string): number | undefined {
  const parsed = parsePositiveWhole(text, MAX_USAGES)
  return parsed.ok ? parsed.value : undefined
}

/** A rotation lifetime as it will be sent (seconds), or undefined. */
function sendableDuration(text: string): number | undefined {
  const seconds = parseDuration(text)
  return seconds !== undefined && seconds > 0 && seconds <= MAX_DURATION_SECONDS
    ? seconds
    : undefined
}

export interface SchemaContext {
  /** unix seconds */
  now: () => number
  providers: Provider[]
}

/** The schema with the checks that need the clock and the providers' scopes. */
export function createTokenSchema(context: SchemaContext) {
  return baseSchema.check(
    z.superRefine((values, ctx) => {
      const now = context.now()
      const issue = (path: (string | number)[], message: string) =>
        ctx.addIssue({ code: 'custom', path, message })

      const provider = context.providers.find((p) => p.issuer === values.providerIssuer)
      if (!provider) issue(['providerIssuer'], 'providerUnknown')

      const unknown = values.capabilities.filter((c) => !isKnownCapability(c))
      if (unknown.length > 0) issue(['capabilities'], 'capabilityUnknown')

      values.clauses.forEach((clause, index) => {
        const at = (field: keyof ClauseValues) => ['clauses', index, field]
        for (const field of ['nbf', 'exp'] as const) {
          if (clause[field].trim() === '') continue
          const time = parseRelativeTime(clause[field], now)
          if (time === undefined) issue(at(field), 'timeInvalid')
          else if (!isServerTime(time)) issue(at(field), 'timeTooLate')
        }
        const nbf = sendableTime(clause.nbf, now)
        const exp = sendableTime(clause.exp, now)
        if (exp !== undefined && exp <= now) issue(at('exp'), 'expInPast')
        else if (exp !== undefined && nbf !== undefined && exp <= nbf)
          issue(at('exp'), 'expBeforeNbf')
        if (provider) {
          const unsupported = clause.scopes.filter((s) => !provider.scopes_supported.includes(s))
          if (unsupported.length > 0) issue(at('scopes'), 'scopeUnsupported')
        }
        if (!splitList(clause.hosts).every(isValidHost)) issue(at('hosts'), 'hostInvalid')
        if (!splitList(clause.geoipAllow).every(isCountryCode))
          issue(at('geoipAllow'), 'countryInvalid')
        if (!splitList(clause.geoipDisallow).every(isCountryCode))
          issue(at('geoipDisallow'), 'countryInvalid')
        for (const field of ['usagesAT', 'usagesOther'] as const) {
          if (clause[field].trim() === '') continue
          const parsed = parsePositiveWhole(clause[field], MAX_USAGES)
          if (!parsed.ok)
            issue(at(field), parsed.reason === 'tooLarge' ? 'usagesTooLarge' : 'usagesInvalid')
        }
      })

      const lifetime = values.rotation.lifetime
      if (lifetime.trim() !== '' && sendableDuration(lifetime) === undefined)
        issue(
          ['rotation', 'lifetime'],
          parseDuration(lifetime) === undefined ? 'durationInvalid' : 'durationTooLong',
        )
    }),
  )
}

/** One clause of the request; keys left empty are omitted. */
export function toRestriction(clause: ClauseValues, now: number): Restriction {
  const restriction: Restriction = {}
  // only values the server can take: the schema refuses the rest before anything is sent,
  // and the risk check reads this same request
  const nbf = sendableTime(clause.nbf, now)
  const exp = sendableTime(clause.exp, now)
  if (nbf !== undefined) restriction.nbf = nbf
  if (exp !== undefined) restriction.exp = exp
  if (clause.scopes.length > 0) restriction.scope = clause.scopes.join(' ')
  const audience = splitList(clause.audiences)
  if (audience.length > 0) restriction.audience = audience
  const hosts = splitList(clause.hosts)
  if (hosts.length > 0) restriction.hosts = hosts
  const allow = splitList(clause.geoipAllow)
  if (allow.length > 0) restriction.geoip_allow = allow
  const disallow = splitList(clause.geoipDisallow)
  if (disallow.length > 0) restriction.geoip_disallow = disallow
  const usagesAT = sendableUsages(clause.usagesAT)
  if (usagesAT !== undefined) restriction.usages_AT = usagesAT
  const usagesOther = sendableUsages(clause.usagesOther)
  if (usagesOther !== undefined) restriction.usages_other = usagesOther
  return restriction
}

/** Rotation explicitly off (see toMytokenRequest). */
export const NO_ROTATION: Rotation = { on_AT: false, on_other: false }

export function toRotation(rotation: CreateTokenValues['rotation']): Rotation | undefined {
  if (!rotation.onAT && !rotation.onOther) return undefined
  const out: Rotation = {}
  if (rotation.onAT) out.on_AT = true
  if (rotation.onOther) out.on_other = true
  const lifetime = sendableDuration(rotation.lifetime)
  if (lifetime) out.lifetime = lifetime
  if (rotation.autoRevoke) out.auto_revoke = true
  return out
}

/** The exact `oidc_flow` request for the form's values (`now` in unix seconds). */
export function toMytokenRequest(values: CreateTokenValues, now: number): OidcFlowRequest {
  const request: OidcFlowRequest = {
    oidc_issuer: values.providerIssuer,
    application_name: APPLICATION_NAME,
  }
  const name = values.name.trim()
  if (name !== '') request.name = name
  request.capabilities = [...values.capabilities]
  const restrictions = values.clauses
    .map((clause) => toRestriction(clause, now))
    .filter((r) => Object.keys(r).length > 0)
  if (restrictions.length > 0) request.restrictions = restrictions
  const rotation = toRotation(values.rotation)
  if (rotation) request.rotation = rotation
  // "No rotation" is said explicitly: mytoken v0.10.1 answers 500 when the user turns rotation
  // on at its consent page for a request without a rotation object. A server profile (include)
  // may bring its own rotation, which an explicit value would override.
  else if (values.include.trim() === '') request.rotation = NO_ROTATION
  request.response_type = values.responseType
  if (values.include.trim() !== '') request.include = values.include.trim()
  return request
}
