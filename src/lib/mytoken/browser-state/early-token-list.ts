// The token pages' list, asked for by the boot script before the first paint, with the session and
// the discovery document a former visit left in storage: about 100 ms before the app's code could
// (it loads after the first paint, then the query layer and the API client). The app's start takes
// the request (`takeEarlyTokenList`), makes its answer the first entry in the session's queue and
// holds it (`holdEarlyAnswer`, lib/instance/instance-provider.tsx) for the session's first list
// query, whoever runs it (the start's prefetch or the page), which reads it as it reads any answer
// (lib/mytoken/queries/token-list.ts). React- and package-free: a boot module.
import { readStorage } from '../../browser-storage'
import { DISCOVERY_KEY_PREFIX } from '../../instance/discovery-storage-key'
import { readStoredSession, type Session } from './stored-session'

export interface EarlyTokenList {
  instanceIssuer: string
  momId: string
  url: string
  response: Promise<Response>
}

// a global, not a module variable: the boot script and the app are built apart
const EARLY_TOKEN_LIST = Symbol.for('mytoken-web.early-token-list')
type EarlyGlobal = { [EARLY_TOKEN_LIST]?: EarlyTokenList }

/** The endpoint the remembered discovery document names for listing, if it names one on the issuer's own origin. */
function listEndpoint(issuer: string): string | undefined {
  try {
    const discovery = JSON.parse(readStorage('local', DISCOVERY_KEY_PREFIX + issuer) ?? 'null') as {
      tokeninfo_endpoint?: unknown
      tokeninfo_endpoint_actions_supported?: unknown
    } | null
    const url = discovery?.tokeninfo_endpoint
    const actions = discovery?.tokeninfo_endpoint_actions_supported
    if (typeof url !== 'string' || !Array.isArray(actions) || !actions.includes('list_mytokens'))
      return undefined
    // the session token goes to the server that issued it, and nowhere else
    return new URL(url).origin === new URL(issuer).origin ? url : undefined
  } catch {
    return undefined
  }
}

/**
 * Sends the session's `list_mytokens` request exactly as the API client would (lib/mytoken/api/
 * client.ts; a unit test compares the two), if this tab holds a session and knows its server.
 */
export function requestTokenListEarly(now = Date.now()): void {
  let session: Session | undefined
  try {
    session = readStoredSession(sessionStorage, now)
  } catch {
    return
  }
  if (!session) return
  const url = listEndpoint(session.instanceIssuer)
  if (!url) return
  const response = fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'text/plain;charset=UTF-8' },
    body: JSON.stringify({ action: 'list_mytokens', mytoken: session.token }),
    credentials: 'omit',
    cache: 'no-store',
  })
  // a failure is the app's to report, when it reads the answer
  response.catch(() => undefined)
  ;(window as EarlyGlobal)[EARLY_TOKEN_LIST] = {
    instanceIssuer: session.instanceIssuer,
    momId: session.momId,
    url,
    response,
  }
}

/** The boot script's request, once, if it was made with `session`. */
export function takeEarlyTokenList(session: Session): EarlyTokenList | undefined {
  const early = (window as EarlyGlobal)[EARLY_TOKEN_LIST]
  delete (window as EarlyGlobal)[EARLY_TOKEN_LIST]
  if (!early) return undefined
  return early.instanceIssuer === session.instanceIssuer && early.momId === session.momId
    ? early
    : undefined
}

// a module variable: from here on, the app alone
let held: { momId: string; url: string; answer: Promise<unknown>; at: number } | undefined

/**
 * The session's first list query runs as the page starts; an answer it has not read by then (its
 * start failed, the user went elsewhere) is dropped rather than shown as new later.
 */
const HELD_MS = 10_000

/** Keeps the early request's answer, as the app's queue reads it, for `takeEarlyAnswer`. */
export function holdEarlyAnswer(
  early: EarlyTokenList,
  answer: Promise<unknown>,
  now = Date.now(),
): void {
  held = { momId: early.momId, url: early.url, answer, at: now }
}

/** The held answer and where its request went, once, for the session `momId`'s first list request. */
export function takeEarlyAnswer(
  momId: string,
  now = Date.now(),
): { url: string; answer: Promise<unknown> } | undefined {
  const taken = held
  held = undefined
  if (taken?.momId !== momId || now - taken.at > HELD_MS) return undefined
  return { url: taken.url, answer: taken.answer }
}
