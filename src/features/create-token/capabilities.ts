// The capability set is fixed by the server version (API reference section 5); discovery does
// not list it. `read@` variants never imply write; a parent path implies its children.

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
    children: [
      { name: 'tokeninfo:introspect', risk: 'normal' },
      { name: 'tokeninfo:history', risk: 'normal' },
      { name: 'tokeninfo:subtokens', risk: 'normal' },
      { name: 'tokeninfo:notify', risk: 'normal' },
    ],
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
    read: 'powerful',
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

/** Whether holding `held` grants `wanted` (path prefix; `read@` never grants write). */
export function grants(held: string, wanted: string): boolean {
  const heldRead = held.startsWith('read@')
  const wantedRead = wanted.startsWith('read@')
  if (heldRead && !wantedRead) return false
  const h = held.replace(/^read@/, '')
  const w = wanted.replace(/^read@/, '')
  return w === h || w.startsWith(`${h}:`)
}

/** Capabilities that manage other tokens or the account — dangerous from anywhere. */
export function isManagementCapability(name: string): boolean {
  if (name.startsWith('read@')) return false
  return (
    name === 'create_mytoken' ||
    name.startsWith('manage_mytokens') ||
    name === 'settings' ||
    name.startsWith('settings:grants')
  )
}
