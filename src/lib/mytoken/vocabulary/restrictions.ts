// A mytoken's restriction clauses and rotation policy in sentences (EN/DE), and the usage-count
// helpers. Pure functions (language and "now" are passed in), so they are unit-tested directly.
import { formatDateTime, formatDurationInWords, formatRelative } from '@/lib/i18n/format-time'
import { defineMessages, translator, type Language } from '@/lib/i18n/messages'
import type { Restriction, Rotation } from '../api/schemas'

const restrictionText = defineMessages({
  en: {
    notBeforeFuture: 'Usable from {date} ({relative}).',
    notBeforePast: 'Usable since {date} ({relative}).',
    expiresFuture: 'Usable until {date} ({relative}).',
    expiresPast: 'Expired on {date} ({relative}).',
    scope: 'Access tokens only with the scopes: {list}.',
    audience: 'Access tokens only for the audiences: {list}.',
    hosts: 'Only from these addresses or hosts: {list}.',
    geoipAllow: 'Only from these countries: {list}.',
    geoipDisallow: 'Not from these countries: {list}.',
    usagesAT: 'At most {max} access tokens.',
    usagesATDone: 'At most {max} access tokens: {done} used, {left} left.',
    usagesOther: 'At most {max} other uses (sub-tokens, history, …).',
    usagesOtherDone: 'At most {max} other uses (sub-tokens, history, …): {done} used, {left} left.',
    unlimited: 'No limits in this clause.',
  },
  de: {
    notBeforeFuture: 'Nutzbar ab {date} ({relative}).',
    notBeforePast: 'Nutzbar seit {date} ({relative}).',
    expiresFuture: 'Nutzbar bis {date} ({relative}).',
    expiresPast: 'Abgelaufen am {date} ({relative}).',
    scope: 'Access Tokens nur mit den Scopes: {list}.',
    audience: 'Access Tokens nur für die Audiences: {list}.',
    hosts: 'Nur von diesen Adressen oder Hosts: {list}.',
    geoipAllow: 'Nur aus diesen Ländern: {list}.',
    geoipDisallow: 'Nicht aus diesen Ländern: {list}.',
    usagesAT: 'Höchstens {max} Access Tokens.',
    usagesATDone: 'Höchstens {max} Access Tokens: {done} genutzt, {left} übrig.',
    usagesOther: 'Höchstens {max} andere Nutzungen (Sub-Tokens, Verlauf, …).',
    usagesOtherDone:
      'Höchstens {max} andere Nutzungen (Sub-Tokens, Verlauf, …): {done} genutzt, {left} übrig.',
    unlimited: 'Keine Grenzen in dieser Klausel.',
  },
})

function countries(codes: string[], language: Language): string {
  let names: Intl.DisplayNames | undefined
  try {
    names = new Intl.DisplayNames([language], { type: 'region' })
  } catch {
    names = undefined
  }
  return codes
    .map((code) => {
      const upper = code.toUpperCase()
      let name: string | undefined
      try {
        name = names?.of(upper)
      } catch {
        name = undefined
      }
      return name && name !== upper ? `${name} (${upper})` : upper
    })
    .join(', ')
}

function when(seconds: number, nowMs: number, language: Language) {
  const ms = seconds * 1000
  return {
    values: { date: formatDateTime(ms, language), relative: formatRelative(ms, language, nowMs) },
    past: ms <= nowMs,
  }
}

/** One restriction clause as a list of sentences (all must hold for the clause to be usable). */
export function describeRestriction(
  clause: Restriction,
  nowMs: number,
  language: Language,
): string[] {
  const t = translator(restrictionText, language)
  const lines: string[] = []
  if (clause.nbf) {
    const at = when(clause.nbf, nowMs, language)
    lines.push(t(at.past ? 'notBeforePast' : 'notBeforeFuture', at.values))
  }
  if (clause.exp) {
    const at = when(clause.exp, nowMs, language)
    lines.push(t(at.past ? 'expiresPast' : 'expiresFuture', at.values))
  }
  const scopes = clause.scope?.split(/\s+/).filter(Boolean) ?? []
  if (scopes.length > 0) lines.push(t('scope', { list: scopes.join(', ') }))
  if (clause.audience?.length) lines.push(t('audience', { list: clause.audience.join(', ') }))
  if (clause.hosts?.length) lines.push(t('hosts', { list: clause.hosts.join(', ') }))
  if (clause.geoip_allow?.length)
    lines.push(t('geoipAllow', { list: countries(clause.geoip_allow, language) }))
  if (clause.geoip_disallow?.length)
    lines.push(t('geoipDisallow', { list: countries(clause.geoip_disallow, language) }))
  // a limit, with the count so far where it is known (from the history)
  const usage = (key: 'usagesAT' | 'usagesOther', max: number | undefined, done?: number) => {
    if (max === undefined) return
    lines.push(
      done === undefined
        ? t(key, { max })
        : t(`${key}Done`, { max, done, left: Math.max(0, max - done) }),
    )
  }
  usage('usagesAT', clause.usages_AT, clause.usages_AT_done)
  usage('usagesOther', clause.usages_other, clause.usages_other_done)
  if (lines.length === 0) lines.push(t('unlimited'))
  return lines
}

const rotationText = defineMessages({
  en: {
    none: 'This token does not rotate: the same string stays valid until it expires or is revoked.',
    onAT: 'It is replaced by a new string after every access token request.',
    onOther: 'It is replaced by a new string after other uses (sub-tokens, history, …).',
    lifetime: 'Each new string is valid for {duration} after it was issued.',
    autoRevoke:
      'Using an old, replaced string revokes the token and all its sub-tokens (protection against stolen copies).',
    oldCopies: 'Old copies stop working once a newer string has been issued.',
  },
  de: {
    none: 'Dieses Token rotiert nicht: Derselbe Text bleibt gültig, bis es abläuft oder widerrufen wird.',
    onAT: 'Es wird nach jedem Access-Token-Abruf durch einen neuen Text ersetzt.',
    onOther:
      'Es wird nach anderen Nutzungen (Sub-Tokens, Verlauf, …) durch einen neuen Text ersetzt.',
    lifetime: 'Jeder neue Text ist {duration} lang nach seiner Ausgabe gültig.',
    autoRevoke:
      'Wer einen alten, ersetzten Text benutzt, widerruft das Token samt allen Sub-Tokens (Schutz gegen gestohlene Kopien).',
    oldCopies: 'Alte Kopien funktionieren nicht mehr, sobald ein neuerer Text ausgegeben wurde.',
  },
})

/** The rotation policy in sentences. */
export function describeRotation(rotation: Rotation | undefined, language: Language): string[] {
  const t = translator(rotationText, language)
  if (!rotation || (!rotation.on_AT && !rotation.on_other)) return [t('none')]
  const lines: string[] = []
  if (rotation.on_AT) lines.push(t('onAT'))
  if (rotation.on_other) lines.push(t('onOther'))
  if (rotation.lifetime)
    lines.push(t('lifetime', { duration: formatDurationInWords(rotation.lifetime, language) }))
  lines.push(rotation.auto_revoke ? t('autoRevoke') : t('oldCopies'))
  return lines
}

/** Whether a rotating token (any clause) is involved: old copies can be "rotated away". */
export function rotates(rotation: Rotation | undefined): boolean {
  return Boolean(rotation?.on_AT || rotation?.on_other)
}

/**
 * Introspection omits a usage counter that is still 0; for a clause with a budget, read a
 * missing counter as "none used yet".
 */
export function withUsageCounts(clause: Restriction): Restriction {
  const counted = { ...clause }
  if (counted.usages_AT !== undefined) counted.usages_AT_done = clause.usages_AT_done ?? 0
  if (counted.usages_other !== undefined) counted.usages_other_done = clause.usages_other_done ?? 0
  return counted
}
