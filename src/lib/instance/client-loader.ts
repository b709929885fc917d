// The API client (with its response schemas) loads on demand, keeping it out of the first page's
// JavaScript. Every module reaches it through here rather than importing it: a static import
// would move the client into a chunk shared with the routes.
import type { MytokenClient } from '../mytoken/api/client'
import type { Discovery } from '../mytoken/api/schemas'

type ClientModule = typeof import('../mytoken/api/client')

let loaded: ClientModule | undefined

/** Loads the client's code (the module system fetches and runs it once). */
export function loadClientModule(): Promise<ClientModule> {
  return import('../mytoken/api/client').then((module) => (loaded = module))
}

/** The client of a discovery document (one per document), loading the client's code if needed. */
export async function loadClient(discovery: Discovery): Promise<MytokenClient> {
  return (await loadClientModule()).clientFor(discovery)
}

/**
 * The client of a discovery document, at once. The discovery query loads the client's code before
 * it answers, so a document from that query always has its client at hand.
 */
export function loadedClient(discovery: Discovery): MytokenClient {
  if (!loaded) throw new Error('API client not loaded yet: await loadClient')
  return loaded.clientFor(discovery)
}
