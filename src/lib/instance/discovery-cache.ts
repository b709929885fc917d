// The last discovery document seen per instance, in localStorage: it is public and holds no
// secret, and with it a page that needs the server does not wait for the network first.
import type { Discovery } from '../mytoken/schemas'

const PREFIX = 'mytoken-web.discovery:'

/** The remembered document, checked against the same schema as a fresh one. */
export async function cachedDiscovery(issuer: string): Promise<Discovery | undefined> {
  let raw: string | null = null
  try {
    raw = localStorage.getItem(PREFIX + issuer)
  } catch {
    return undefined
  }
  if (!raw) return undefined
  const { discoverySchema } = await import('../mytoken/schemas')
  try {
    const parsed = discoverySchema.safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}

export function rememberDiscovery(issuer: string, discovery: Discovery): void {
  try {
    localStorage.setItem(PREFIX + issuer, JSON.stringify(discovery))
  } catch {
    // not remembered: the next start simply waits for the server
  }
}
