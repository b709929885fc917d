// The mytoken capabilities: their tree, the grant rule, one risk level each and their wording.
// The set is fixed by the server version (API reference section 5); discovery does not list it.
//
// Risk levels, decided once for every page:
// - normal: the token acts on itself only (access tokens, its own info) or on a harmless setting
//   (the email address only says where notifications go). Every `read@` variant is normal: it
//   can look but not change, and nothing it reads lets anyone obtain a token.
// - powerful: the token reaches beyond itself — it mints new tokens (`create_mytoken`), sees or
//   revokes the user's other tokens (`manage_mytokens:*`) or adds SSH keys, each of which can
//   obtain tokens (`settings:grants:ssh`).
// - veryPowerful: the token can open new ways into the account (`settings`, `settings:grants`).
// The create page's risk check ("powerful capabilities usable from anywhere") uses the same levels.
import { defineMessages, messageFor, type Language } from '@/lib/i18n/messages'

export type CapabilityRisk = 'normal' | 'powerful' | 'veryPowerful'

export interface CapabilityNode {
  name: string
  risk: CapabilityRisk
  /** the read-only variant `read@<name>`, where the server has one */
  read?: CapabilityRisk
  children?: CapabilityNode[]
}

export const capabilityTree: CapabilityNode[] = [
  { name: 'AT', risk: 'normal' },
  { name: 'create_mytoken', risk: 'powerful' },
  {
    name: 'tokeninfo',
    risk: 'normal',
    children: ['introspect', 'history', 'subtokens', 'notify'].map((part) => ({
      name: `tokeninfo:${part}`,
      risk: 'normal' as const,
    })),
  },
  {
    name: 'manage_mytokens',
    risk: 'powerful',
    children: [
      { name: 'manage_mytokens:list', risk: 'powerful' },
      { name: 'manage_mytokens:revoke', risk: 'powerful' },
      { name: 'manage_mytokens:history', risk: 'powerful' },
      { name: 'manage_mytokens:notify', risk: 'powerful', read: 'normal' },
    ],
  },
  {
    name: 'settings',
    risk: 'veryPowerful',
    read: 'normal',
    children: [
      {
        name: 'settings:grants',
        risk: 'veryPowerful',
        read: 'normal',
        children: [{ name: 'settings:grants:ssh', risk: 'powerful', read: 'normal' }],
      },
      { name: 'settings:email', risk: 'normal', read: 'normal' },
    ],
  },
]

function collect(nodes: CapabilityNode[], out: Map<string, CapabilityRisk>) {
  for (const node of nodes) {
    out.set(node.name, node.risk)
    if (node.read) out.set(`read@${node.name}`, node.read)
    if (node.children) collect(node.children, out)
  }
  return out
}

/** Every capability name the server knows, with its risk. */
export const capabilityRisks: ReadonlyMap<string, CapabilityRisk> = collect(
  capabilityTree,
  new Map(),
)

export const isKnownCapability = (name: string) => capabilityRisks.has(name)

/** The risk of a capability; undefined for a name this app does not know. */
export const capabilityRisk = (name: string): CapabilityRisk | undefined =>
  capabilityRisks.get(name)

/** Capabilities that reach beyond the token itself (see the levels above). */
export const isPowerfulCapability = (name: string): boolean => {
  const risk = capabilityRisk(name)
  return risk !== undefined && risk !== 'normal'
}

/**
 * The server's grant rule: holding `held` grants `wanted` when `held` is `wanted` or one of its
 * parents (path prefix at `:`); a `read@` capability never grants a write one.
 */
export function grants(held: string, wanted: string): boolean {
  const heldRead = held.startsWith('read@')
  const wantedRead = wanted.startsWith('read@')
  if (heldRead && !wantedRead) return false
  const h = held.replace(/^read@/, '')
  const w = wanted.replace(/^read@/, '')
  return w === h || w.startsWith(`${h}:`)
}

/** Whether any of the `held` capabilities grants `wanted`. */
export const hasCapability = (held: readonly string[], wanted: string): boolean =>
  held.some((capability) => grants(capability, wanted))

const capabilityText = defineMessages({
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
})

/** What holding `capability` lets a token do, in words. */
export function describeCapability(capability: string, language: Language): string {
  return messageFor(capabilityText, language, capability) ?? capabilityText[language].unknown
}

const riskText = defineMessages({
  en: {
    normal: 'normal',
    powerful: 'powerful',
    veryPowerful: 'very powerful',
    unknown: 'unknown',
  },
  de: {
    normal: 'normal',
    powerful: 'weitreichend',
    veryPowerful: 'sehr weitreichend',
    unknown: 'unbekannt',
  },
})

/** A risk level in words; undefined (a name this app does not know) is "unknown". */
export function describeRisk(risk: CapabilityRisk | undefined, language: Language): string {
  return riskText[language][risk ?? 'unknown']
}
