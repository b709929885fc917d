// Turns a mytoken's capabilities, restriction clauses and rotation policy into sentences.
// Pure functions (language and "now" are passed in), so they are unit-tested directly.
import { format, type Language } from '@/lib/i18n/i18n'
import { formatDateTime, formatRelative } from '@/lib/i18n/format-time'
import type { Restriction, Rotation } from '@/lib/mytoken/schemas'

type Sentences = Record<string, string>

const capabilityText: Record<Language, Sentences> = {
  en: {
    AT: 'obtain OpenID Connect access tokens',
    create_mytoken: 'create new mytokens (sub-tokens) from this one',
    tokeninfo: 'read everything about itself: introspection, event history, sub-tokens',
    'tokeninfo:introspect': 'show its own content and whether it is valid',
    'tokeninfo:history': 'read its own event history',
    'tokeninfo:subtokens': 'list the sub-tokens created from it',
    'tokeninfo:notify': 'manage notifications about itself',
    manage_mytokens: 'list, inspect and revoke all mytokens of this user',
    'manage_mytokens:list': 'list all mytokens of this user',
    'manage_mytokens:revoke': 'revoke any mytoken of this user',
    'manage_mytokens:history': 'read the event history of any mytoken of this user',
    'manage_mytokens:notify': 'manage notifications and calendars for any mytoken of this user',
    'read@manage_mytokens:notify': 'read notifications and calendars',
    settings: 'read and change all settings of this user',
    'read@settings': 'read all settings of this user',
    'settings:grants': 'turn grant types (such as SSH) on or off',
    'read@settings:grants': 'see which grant types are turned on',
    'settings:grants:ssh': 'add and remove SSH keys',
    'read@settings:grants:ssh': 'list SSH keys',
    'settings:email': 'change the email address and mail format',
    'read@settings:email': 'read the email settings',
    unknown: 'a capability this app does not know',
  },
  de: {
    AT: 'OpenID-Connect-Access-Tokens holen',
    create_mytoken: 'neue mytokens (Sub-Tokens) aus diesem erzeugen',
    tokeninfo: 'alles über sich selbst lesen: Introspektion, Ereignisverlauf, Sub-Tokens',
    'tokeninfo:introspect': 'den eigenen Inhalt zeigen und ob es gültig ist',
    'tokeninfo:history': 'den eigenen Ereignisverlauf lesen',
    'tokeninfo:subtokens': 'die daraus erzeugten Sub-Tokens auflisten',
    'tokeninfo:notify': 'Benachrichtigungen über sich selbst verwalten',
    manage_mytokens: 'alle mytokens dieses Benutzers auflisten, prüfen und widerrufen',
    'manage_mytokens:list': 'alle mytokens dieses Benutzers auflisten',
    'manage_mytokens:revoke': 'jedes mytoken dieses Benutzers widerrufen',
    'manage_mytokens:history': 'den Ereignisverlauf jedes mytokens dieses Benutzers lesen',
    'manage_mytokens:notify':
      'Benachrichtigungen und Kalender für jedes mytoken dieses Benutzers verwalten',
    'read@manage_mytokens:notify': 'Benachrichtigungen und Kalender lesen',
    settings: 'alle Einstellungen dieses Benutzers lesen und ändern',
    'read@settings': 'alle Einstellungen dieses Benutzers lesen',
    'settings:grants': 'Grant-Typen (etwa SSH) ein- oder ausschalten',
    'read@settings:grants': 'sehen, welche Grant-Typen eingeschaltet sind',
    'settings:grants:ssh': 'SSH-Schlüssel hinzufügen und entfernen',
    'read@settings:grants:ssh': 'SSH-Schlüssel auflisten',
    'settings:email': 'E-Mail-Adresse und Mailformat ändern',
    'read@settings:email': 'die E-Mail-Einstellungen lesen',
    unknown: 'eine Berechtigung, die diese App nicht kennt',
  },
}

/** What holding `capability` lets the token do, in words. */
export function describeCapability(capability: string, language: Language): string {
  const texts = capabilityText[language]
  return texts[capability] ?? texts.unknown!
}

/** Capabilities that reach beyond the token itself (other tokens, settings). */
export function isPowerfulCapability(capability: string): boolean {
  const plain = capability.replace(/^read@/, '')
  return plain.startsWith('manage_mytokens') || plain.startsWith('settings')
}

/** Whether `held` capabilities satisfy `required` (server rule: path prefix, read@ never writes). */
export function hasCapability(held: readonly string[], required: string): boolean {
  const requiredRead = required.startsWith('read@')
  const requiredPath = required.replace(/^read@/, '').split(':')
  return held.some((capability) => {
    const read = capability.startsWith('read@')
    if (read && !requiredRead) return false
    const path = capability.replace(/^read@/, '').split(':')
    return path.length <= requiredPath.length && path.every((part, i) => part === requiredPath[i])
  })
}

const restrictionText: Record<Language, Sentences> = {
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
}

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
  const t = (key: string, values?: Record<string, string | number>) =>
    format(restrictionText[language][key]!, values)
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
  if (clause.usages_AT !== undefined) {
    const max = clause.usages_AT
    lines.push(
      clause.usages_AT_done !== undefined
        ? t('usagesATDone', {
            max,
            done: clause.usages_AT_done,
            left: Math.max(0, max - clause.usages_AT_done),
          })
        : t('usagesAT', { max }),
    )
  }
  if (clause.usages_other !== undefined) {
    const max = clause.usages_other
    lines.push(
      clause.usages_other_done !== undefined
        ? t('usagesOtherDone', {
            max,
            done: clause.usages_other_done,
            left: Math.max(0, max - clause.usages_other_done),
          })
        : t('usagesOther', { max }),
    )
  }
  if (lines.length === 0) lines.push(t('unlimited'))
  return lines
}

const rotationText: Record<Language, Sentences> = {
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
}

function duration(seconds: number, language: Language): string {
  const units: [Intl.NumberFormatOptions['unit'], number][] = [
    ['day', 86400],
    ['hour', 3600],
    ['minute', 60],
    ['second', 1],
  ]
  for (const [unit, size] of units) {
    if (seconds >= size && seconds % size === 0) {
      return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long' }).format(
        seconds / size,
      )
    }
  }
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: 'second',
    unitDisplay: 'long',
  }).format(seconds)
}

/** The rotation policy in sentences. */
export function describeRotation(rotation: Rotation | undefined, language: Language): string[] {
  const t = rotationText[language]
  if (!rotation || (!rotation.on_AT && !rotation.on_other)) return [t.none!]
  const lines: string[] = []
  if (rotation.on_AT) lines.push(t.onAT!)
  if (rotation.on_other) lines.push(t.onOther!)
  if (rotation.lifetime)
    lines.push(format(t.lifetime!, { duration: duration(rotation.lifetime, language) }))
  lines.push(rotation.auto_revoke ? t.autoRevoke! : t.oldCopies!)
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

const eventText: Record<Language, Sentences> = {
  en: {
    created: 'created',
    AT_created: 'access token obtained',
    MT_created: 'sub-token created',
    tokeninfo_introspect: 'introspected',
    tokeninfo_history: 'event history read',
    tokeninfo_subtokens: 'sub-tokens listed',
    tokeninfo_list_mytokens: 'all tokens listed',
    transfer_code_created: 'transfer code created',
    // the server logs this for the polling that delivers every consent-flow token, too
    transfer_code_used:
      'token handed over: collected by the app that asked for it (how every token from the consent page is delivered) or exchanged for a transfer code',
    token_rotated: 'rotated',
    revoked: 'revoked',
    revoked_other_token: 'another token revoked',
    expired: 'expired',
    inherited_RT: 'took over a refresh token',
  },
  de: {
    created: 'erzeugt',
    AT_created: 'Access Token geholt',
    MT_created: 'Sub-Token erzeugt',
    tokeninfo_introspect: 'abgefragt (Introspektion)',
    tokeninfo_history: 'Ereignisverlauf gelesen',
    tokeninfo_subtokens: 'Sub-Tokens aufgelistet',
    tokeninfo_list_mytokens: 'alle Tokens aufgelistet',
    transfer_code_created: 'Transfercode erzeugt',
    transfer_code_used:
      'Token übergeben: von der anfragenden App abgeholt (so wird jedes Token von der Zustimmungsseite ausgeliefert) oder gegen einen Transfercode eingetauscht',
    token_rotated: 'rotiert',
    revoked: 'widerrufen',
    revoked_other_token: 'ein anderes Token widerrufen',
    expired: 'abgelaufen',
    inherited_RT: 'ein Refresh Token übernommen',
  },
}

/** A server event name (`AT_created`) in words; unknown names are shown as they are. */
export function describeEvent(event: string, language: Language): string {
  return eventText[language][event] ?? event
}
