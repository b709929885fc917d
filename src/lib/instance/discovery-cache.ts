// The last discovery document seen per instance, in localStorage: it is public and holds no
// secret, and with it a page that needs the server does not wait for the network first.
import { readStorage, writeStorage } from '../browser-storage'
import type { Discovery } from '../mytoken/api/schemas'
import { DISCOVERY_KEY_PREFIX } from './discovery-storage-key'

/** The remembered document, checked against the same schema as a fresh one. */
export async function cachedDiscovery(issuer: string): Promise<Discovery | undefined> {
  const raw = readStorage('local', DISCOVERY_KEY_PREFIX + issuer)
  if (!raw) return undefined
  const { discoverySchema } = await import('../mytoken/api/schemas')
  try {
    const parsed = discoverySchema.safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}

export function rememberDiscovery(issuer: string, discovery: Discovery): void {
  // refused: the next start simply waits for the server
  writeStorage('local', DISCOVERY_KEY_PREFIX + issuer, JSON.stringify(discovery))
}
