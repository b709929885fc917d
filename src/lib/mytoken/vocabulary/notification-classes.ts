// The server's notification classes (oidc-mytoken/api v0 notifications.go), with their meaning
// in words. `security` includes its children; a subscription to a parent class gets all of them.
import { defineMessages, messageFor, type Language } from '../../i18n/messages'

export interface NotificationClassInfo {
  name: string
  /** 0 for top-level classes, 1 and 2 for `security:…` */
  depth: number
  parent?: string
}

export const NOTIFICATION_CLASSES: readonly NotificationClassInfo[] = [
  { name: 'AT_creations', depth: 0 },
  { name: 'subtoken_creations', depth: 0 },
  { name: 'setting_changes', depth: 0 },
  { name: 'security', depth: 0 },
  { name: 'security:ips', depth: 1, parent: 'security' },
  { name: 'security:blocked_usages', depth: 1, parent: 'security' },
  {
    name: 'security:blocked_usages:capabilities',
    depth: 2,
    parent: 'security:blocked_usages',
  },
  {
    name: 'security:blocked_usages:restrictions',
    depth: 2,
    parent: 'security:blocked_usages',
  },
  { name: 'security:revoked', depth: 1, parent: 'security' },
  { name: 'expiration', depth: 0 },
]

const descriptions = defineMessages({
  en: {
    AT_creations: 'an access token is obtained',
    subtoken_creations: 'a sub-token is created',
    setting_changes: 'settings are changed',
    security: 'anything security-related (all below)',
    'security:ips': 'use from a new IP address',
    'security:blocked_usages': 'a request is refused (both below)',
    'security:blocked_usages:capabilities': 'refused: missing capability',
    'security:blocked_usages:restrictions': 'refused: outside the restrictions',
    'security:revoked': 'the token is revoked',
    expiration: 'before the token expires',
  },
  de: {
    AT_creations: 'ein Access-Token wird bezogen',
    subtoken_creations: 'ein Unter-Token wird erstellt',
    setting_changes: 'Einstellungen werden geändert',
    security: 'alles Sicherheitsrelevante (alles darunter)',
    'security:ips': 'Nutzung von einer neuen IP-Adresse',
    'security:blocked_usages': 'eine Anfrage wird abgelehnt (beides darunter)',
    'security:blocked_usages:capabilities': 'abgelehnt: fehlende Berechtigung',
    'security:blocked_usages:restrictions': 'abgelehnt: außerhalb der Einschränkungen',
    'security:revoked': 'das Token wird widerrufen',
    expiration: 'bevor das Token abläuft',
  },
})

/** "an access token is obtained"; unknown (newer) classes are shown by name. */
export function describeNotificationClass(name: string, language: Language): string {
  return messageFor(descriptions, language, name) ?? name
}

/** True when `name` is chosen itself or through one of its parents. */
export function isCoveredBy(name: string, chosen: readonly string[]): boolean {
  return chosen.some((c) => c === name || name.startsWith(`${c}:`))
}

/** Drops classes already covered by a chosen parent (the server would send them anyway). */
export function normalizeClasses(chosen: readonly string[]): string[] {
  const unique = [...new Set(chosen)]
  return unique.filter((c) => !unique.some((p) => p !== c && c.startsWith(`${p}:`)))
}
