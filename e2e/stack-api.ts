// The mytoken server's truth, asked from the test process with plain fetch: the endpoints come
// from the server's discovery document, the answers are read as JSON here. Nothing of the app's
// client (src/lib/mytoken) is used, so a bug there cannot hide in the checks that judge it.
import { stackConfig } from '../stack/config'

interface Discovery {
  mytoken_endpoint: string
  access_token_endpoint: string
  tokeninfo_endpoint: string
  revocation_endpoint: string
  token_transfer_endpoint: string
}

/** What the mytoken endpoint answers (new token, transfer code, polling result). */
export interface MytokenAnswer {
  mytoken?: string
  mytoken_type?: string
  mom_id?: string
  transfer_code?: string
  capabilities?: string[]
  consent_uri?: string
  polling_code?: string
}

export interface Restriction {
  exp?: number
  nbf?: number
  scope?: string
  usages_AT?: number
  usages_other?: number
  [field: string]: unknown
}

export interface Introspection {
  valid: boolean
  token: {
    name?: string
    capabilities?: string[]
    restrictions?: Restriction[]
    rotation?: { on_AT?: boolean; on_other?: boolean }
  }
}

interface ServerAnswer {
  status: number
  body: Record<string, unknown>
}

/** A mytoken server answer that was not 2xx. */
export class ServerRefusal extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
  ) {
    super(`mytoken server answered ${status}: ${JSON.stringify(body)}`)
  }

  get code(): string | undefined {
    return typeof this.body.error === 'string' ? this.body.error : undefined
  }
}

let discoveryPromise: Promise<Discovery> | undefined

export function discovery(): Promise<Discovery> {
  discoveryPromise ??= fetch(`${stackConfig.mytoken.issuer}/.well-known/mytoken-configuration`)
    .then((response) => response.json())
    .then((json) => json as Discovery)
  return discoveryPromise
}

/**
 * POSTs JSON to an endpoint of the discovery document. A passing 5xx is tried again: v0.10
 * sometimes says 500 "no db node available" when requests arrive at the same moment.
 */
async function post(endpoint: keyof Discovery, body: unknown): Promise<ServerAnswer> {
  const url = (await discovery())[endpoint]
  for (let attempt = 1; ; attempt++) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
    const text = await response.text()
    const answer = {
      status: response.status,
      body: (text ? JSON.parse(text) : {}) as Record<string, unknown>,
    }
    if (answer.status < 500 || attempt >= 4) return answer
    await new Promise((resolve) => setTimeout(resolve, 200 * attempt))
  }
}

async function postOk(endpoint: keyof Discovery, body: unknown): Promise<Record<string, unknown>> {
  const answer = await post(endpoint, body)
  if (answer.status >= 300) throw new ServerRefusal(answer.status, answer.body)
  return answer.body
}

/** Whether the server still accepts this token (introspection; 401 means it does not). */
export async function isTokenValid(token: string): Promise<boolean> {
  const answer = await post('tokeninfo_endpoint', { action: 'introspect', mytoken: token })
  if (answer.status === 401 && answer.body.error === 'invalid_token') return false
  if (answer.status !== 200) throw new ServerRefusal(answer.status, answer.body)
  return answer.body.valid === true
}

/** Whether the token can still obtain an access token at the server (uses one AT usage). */
export async function canObtainAccessToken(token: string): Promise<boolean> {
  const answer = await post('access_token_endpoint', {
    grant_type: 'mytoken',
    mytoken: token,
    comment: 'e2e check',
  })
  if (answer.status === 200 && typeof answer.body.access_token === 'string') return true
  if (['invalid_token', 'usage_restricted'].includes(String(answer.body.error))) return false
  throw new ServerRefusal(answer.status, answer.body)
}

/** An access token for the mytoken; `rotatedTo` is its replacement when the token rotates. */
export async function getAccessToken(token: string, comment = 'e2e') {
  const body = await postOk('access_token_endpoint', {
    grant_type: 'mytoken',
    mytoken: token,
    comment,
  })
  return {
    accessToken: String(body.access_token),
    scope: typeof body.scope === 'string' ? body.scope : undefined,
    rotatedTo: (body.token_update as { mytoken?: string } | undefined)?.mytoken,
  }
}

export async function introspect(token: string): Promise<Introspection> {
  return (await postOk('tokeninfo_endpoint', {
    action: 'introspect',
    mytoken: token,
  })) as unknown as Introspection
}

/** The names of the user's tokens, as `list_mytokens` answers them (sub-tokens included). */
export async function listedTokenNames(token: string): Promise<string[]> {
  type Tree = { token?: { name?: string }; children?: Tree[] }
  const body = await postOk('tokeninfo_endpoint', { action: 'list_mytokens', mytoken: token })
  const names = (trees: Tree[] = []): string[] =>
    trees.flatMap((tree) => [tree.token?.name ?? '', ...names(tree.children)])
  return names(body.mytokens as Tree[] | undefined)
}

export interface HistoryEvent {
  event: string
  /** epoch seconds */
  time: number
  mom_id?: string
}

/** The event histories of the tokens `momIds`, asked with `token` (e.g. a session's). */
export async function eventHistory(token: string, momIds: string[]): Promise<HistoryEvent[]> {
  const body = await postOk('tokeninfo_endpoint', {
    action: 'event_history',
    mytoken: token,
    mom_ids: momIds,
  })
  return (body.events as HistoryEvent[] | undefined) ?? []
}

/** The times the user's tokens were created, by mom_id, as `list_mytokens` answers them. */
export async function listedCreationTimes(token: string): Promise<Map<string, number>> {
  type Tree = { token: { mom_id: string; created: number }; children?: Tree[] }
  const body = await postOk('tokeninfo_endpoint', { action: 'list_mytokens', mytoken: token })
  const entries = (trees: Tree[] = []): [string, number][] =>
    trees.flatMap((tree) => [
      [tree.token.mom_id, tree.token.created] as [string, number],
      ...entries(tree.children),
    ])
  return new Map(entries(body.mytokens as Tree[] | undefined))
}

export async function revokeToken(token: string, recursive = false): Promise<void> {
  await postOk('revocation_endpoint', { token, recursive })
}

/** A sub-token of `parent` (grant_type mytoken). */
export async function createSubtoken(parent: string, spec: Record<string, unknown>) {
  return (await postOk('mytoken_endpoint', {
    grant_type: 'mytoken',
    mytoken: parent,
    ...spec,
  })) as MytokenAnswer
}

export async function createTransferCode(token: string): Promise<string> {
  const body = await postOk('token_transfer_endpoint', { mytoken: token })
  return String(body.transfer_code)
}

export async function exchangeTransferCode(code: string) {
  return (await postOk('mytoken_endpoint', {
    grant_type: 'transfer_code',
    transfer_code: code,
  })) as MytokenAnswer
}

/** Starts the server's `oidc_flow` (authorization code, approved in a browser tab). */
export async function startOidcFlow(request: Record<string, unknown>) {
  const body = await postOk('mytoken_endpoint', {
    grant_type: 'oidc_flow',
    oidc_flow: 'authorization_code',
    ...request,
  })
  return { consentUri: String(body.consent_uri), pollingCode: String(body.polling_code) }
}

/** One poll of an `oidc_flow`: the new mytoken, or undefined while approval is pending (428). */
export async function pollOidcFlow(pollingCode: string): Promise<MytokenAnswer | undefined> {
  const answer = await post('mytoken_endpoint', {
    grant_type: 'polling_code',
    polling_code: pollingCode,
  })
  if (answer.status === 428 && answer.body.error === 'authorization_pending') return undefined
  if (answer.status !== 200) throw new ServerRefusal(answer.status, answer.body)
  return answer.body as MytokenAnswer
}
