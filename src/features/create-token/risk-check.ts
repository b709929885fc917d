// Plain-word risk check of the form's values, each risk with a one-click fix (a pure function
// from values to values). Pure; unit-tested.
import { grants, isPowerfulCapability } from '@/lib/mytoken/vocabulary/capabilities'
import { toRestriction, type CreateTokenValues } from './schema'

export type RiskKind = 'noExpiry' | 'unlimitedUses' | 'anywherePowerful' | 'noRotationLongLived'

export interface Risk {
  kind: RiskKind
  fix: (values: CreateTokenValues) => CreateTokenValues
}

/** Tokens that live longer than this without rotation are flagged. */
export const LONG_LIVED_SECONDS = 30 * 86400
export const FIX_EXPIRY = '+30d'
export const FIX_USAGES_AT = '100'
export const FIX_USAGES_OTHER = '50'

const hasAT = (capabilities: string[]) => capabilities.some((c) => grants(c, 'AT'))
const isOtherUseCapability = (c: string) => c !== 'AT' && c !== 'tokeninfo:introspect'

export function assessRisks(values: CreateTokenValues, now: number): Risk[] {
  const risks: Risk[] = []
  // what will actually be sent: a value the server cannot take is not sent as a limit
  const sent = values.clauses.map((c) => toRestriction(c, now))
  const expiries = sent.map((r) => r.exp)
  const neverExpires = expiries.some((exp) => exp === undefined)

  if (neverExpires) {
    risks.push({
      kind: 'noExpiry',
      fix: (v) => ({
        ...v,
        clauses: v.clauses.map((c) =>
          toRestriction(c, now).exp === undefined ? { ...c, exp: FIX_EXPIRY } : c,
        ),
      }),
    })
  }

  const at = hasAT(values.capabilities)
  const other = values.capabilities.some(isPowerfulCapability)
  const unlimitedAT = at && sent.some((r) => r.usages_AT === undefined)
  const unlimitedOther = other && sent.some((r) => r.usages_other === undefined)
  if (unlimitedAT || unlimitedOther) {
    risks.push({
      kind: 'unlimitedUses',
      fix: (v) => ({
        ...v,
        clauses: v.clauses.map((c) => {
          const r = toRestriction(c, now)
          return {
            ...c,
            usagesAT: at && r.usages_AT === undefined ? FIX_USAGES_AT : c.usagesAT,
            usagesOther: other && r.usages_other === undefined ? FIX_USAGES_OTHER : c.usagesOther,
          }
        }),
      }),
    })
  }

  const fromAnywhere = values.clauses.some(
    (c) => c.hosts.trim() === '' && c.geoipAllow.trim() === '',
  )
  if (fromAnywhere && other) {
    risks.push({
      kind: 'anywherePowerful',
      fix: (v) => {
        const kept = v.capabilities.filter((c) => !isPowerfulCapability(c))
        return { ...v, capabilities: kept.length > 0 ? kept : ['AT'] }
      },
    })
  }

  const rotating = values.rotation.onAT || values.rotation.onOther
  const latest = neverExpires ? Infinity : Math.max(...expiries.map((e) => e ?? 0))
  if (!rotating && latest - now > LONG_LIVED_SECONDS) {
    risks.push({
      kind: 'noRotationLongLived',
      fix: (v) => ({
        ...v,
        rotation: {
          ...v.rotation,
          onAT: hasAT(v.capabilities),
          onOther: !hasAT(v.capabilities) || v.capabilities.some(isOtherUseCapability),
          autoRevoke: true,
        },
      }),
    })
  }
  return risks
}
