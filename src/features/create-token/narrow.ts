// "Replace with a narrower one" (narrower.ts): the form's prefilled values with the risky parts
// tightened. Applied after the old token's settings, so pasting the old token keeps them tight.
import type { Narrowing } from '@/lib/mytoken/browser-state/narrower'
import { isPowerfulCapability, grants } from '@/lib/mytoken/vocabulary/capabilities'
import type { CreateTokenValues } from './schema'

/** A replacement that never expired gets this lifetime (the user can change it). */
export const NARROW_LIFETIME = '+30d'
/** A replacement that obtained access tokens without limit gets this many per clause. */
export const NARROW_USAGES_AT = '100'

const keepsCapability: Record<'createMytoken' | 'manage', (capability: string) => boolean> = {
  createMytoken: (c) => !grants(c, 'create_mytoken'),
  manage: (c) => !isPowerfulCapability(c) || grants(c, 'create_mytoken'),
}

export function narrowValues(
  values: CreateTokenValues,
  narrow: readonly Narrowing[],
): CreateTokenValues {
  if (narrow.length === 0) return values
  const next: CreateTokenValues = {
    ...values,
    clauses: values.clauses.map((clause) => ({
      ...clause,
      exp: narrow.includes('expiry') && clause.exp.trim() === '' ? NARROW_LIFETIME : clause.exp,
      usagesAT:
        narrow.includes('usagesAT') && clause.usagesAT.trim() === ''
          ? NARROW_USAGES_AT
          : clause.usagesAT,
    })),
  }
  for (const part of ['createMytoken', 'manage'] as const)
    if (narrow.includes(part)) next.capabilities = next.capabilities.filter(keepsCapability[part])
  if (next.capabilities.length === 0) next.capabilities = ['AT']
  if (narrow.includes('rotation'))
    next.rotation = { ...next.rotation, onAT: true, onOther: true, autoRevoke: true }
  return next
}
