// The one typed client for a mytoken server. Built from the instance's discovery document;
// never touches UI or storage. Tokens travel in JSON bodies only (never in URLs or cookies).
import type { ZodMiniType } from 'zod/mini'
import type { Credential } from './credential'
import { MytokenError, NetworkError, UnexpectedResponseError, toMytokenError } from './errors'
import {
  accessTokenSchema,
  discoverySchema,
  eventHistorySchema,
  grantTypesSchema,
  introspectionSchema,
  mytokenResponseSchema,
  pollingStartSchema,
  profileListSchema,
  settingsMetadataSchema,
  sshInfoSchema,
  sshKeyAddedSchema,
  subtokensSchema,
  tokenListSchema,
  tokenUpdateCarrierSchema,
  type Discovery,
  type MytokenResponse,
  type MytokenType,
  type Restriction,
  type Rotation,
} from './schemas'

export type FetchLike = typeof fetch

/** What a new mytoken should be like; shared by `oidc_flow` and the `mytoken` (sub-token) grant. */
export interface MytokenSpec {
  name?: string
  capabilities?: string[]
  restrictions?: Restriction[]
  rotation?: Rotation
  response_type?: MytokenType
  include?: string | string[]
}

export interface OidcFlowRequest extends MytokenSpec {
  oidc_issuer: string
  application_name?: string
}

export interface AccessTokenOptions {
  scope?: string
  audience?: string
  comment?: string
}

export type ProfileKind = 'profiles' | 'capabilities' | 'restrictions' | 'rotation'

/** What an SSH key may obtain: the mytoken the server stores for it (default capability `AT`). */
export interface SshKeySpec {
  ssh_key: string
  name?: string
  capabilities?: string[]
  restrictions?: Restriction[]
}

const JSON_TYPE = 'application/json'
// Handlers that read the raw body as JSON accept it as text/plain, which spares the CORS
// preflight (and half of the requests counted by the server's rate limiter).
const TEXT_TYPE = 'text/plain;charset=UTF-8'

export async function fetchDiscovery(
  issuer: string,
  fetchImpl: FetchLike = fetch,
): Promise<Discovery> {
  const url = `${issuer.replace(/\/+$/, '')}/.well-known/mytoken-configuration`
  const json = await send(fetchImpl, url, { method: 'GET' })
  const parsed = discoverySchema.safeParse(json)
  if (!parsed.success) throw new UnexpectedResponseError(200, 'not a mytoken discovery document')
  return parsed.data
}

async function send(fetchImpl: FetchLike, url: string, init: RequestInit): Promise<unknown> {
  let response: Response
  try {
    response = await fetchImpl(url, { ...init, credentials: 'omit', cache: 'no-store' })
  } catch (cause) {
    throw new NetworkError(url, cause)
  }
  const text = await response.text().catch(() => '')
  let json: unknown = undefined
  if (text !== '') {
    try {
      json = JSON.parse(text)
    } catch {
      if (response.ok) throw new UnexpectedResponseError(response.status, 'answer is not JSON')
    }
  }
  if (!response.ok) throw toMytokenError(response.status, json)
  return json
}

export function createMytokenClient(discovery: Discovery, fetchImpl: FetchLike = fetch) {
  async function post<T>(
    url: string | undefined,
    body: Record<string, unknown>,
    schema: ZodMiniType<T>,
    options: {
      credential?: Credential | undefined
      plain?: boolean
      method?: 'POST' | 'DELETE'
      /** let the request finish while the page unloads (revoking on the way out) */
      keepalive?: boolean
    } = {},
  ): Promise<T> {
    if (!url)
      throw new MytokenError(404, 'not_supported', 'This instance does not offer this feature.')
    const json = await send(fetchImpl, url, {
      method: options.method ?? 'POST',
      headers: { 'Content-Type': options.plain ? TEXT_TYPE : JSON_TYPE },
      body: JSON.stringify(body),
      ...(options.keepalive ? { keepalive: true } : {}),
    })
    applyTokenUpdate(json, options.credential)
    // 204 No Content (e.g. revocation) has no body
    const parsed = schema.safeParse(json ?? {})
    if (!parsed.success)
      throw new UnexpectedResponseError(200, parsed.error.issues[0]?.message ?? 'invalid')
    return parsed.data
  }

  async function get<T>(url: string, schema: ZodMiniType<T>, credential?: Credential): Promise<T> {
    // GET has no body: the token goes in the Authorization header (never in the URL)
    const headers = credential ? { Authorization: `Bearer ${credential.token()}` } : undefined
    const json = await send(fetchImpl, url, { method: 'GET', ...(headers ? { headers } : {}) })
    applyTokenUpdate(json, credential)
    const parsed = schema.safeParse(json)
    if (!parsed.success)
      throw new UnexpectedResponseError(200, parsed.error.issues[0]?.message ?? 'invalid')
    return parsed.data
  }

  function tokeninfo<T>(
    credential: Credential,
    action: string,
    schema: ZodMiniType<T>,
    extra = {},
  ) {
    return post(
      discovery.tokeninfo_endpoint,
      { action, mytoken: credential.token(), ...extra },
      schema,
      { credential, plain: true },
    )
  }

  const noContent = tokenUpdateCarrierSchema

  let grantsEndpoint: Promise<string> | undefined
  /** The grant-type endpoint from the settings metadata; the SSH endpoint sits below it. */
  function grantTypeEndpoint(): Promise<string> {
    const settings = discovery.usersettings_endpoint
    if (!settings)
      throw new MytokenError(404, 'not_supported', 'This instance does not offer settings.')
    grantsEndpoint ??= get(settings, settingsMetadataSchema).then(
      (metadata) => metadata.grant_type_endpoint ?? `${settings}/grants`,
      (error: unknown) => {
        grantsEndpoint = undefined
        throw error
      },
    )
    return grantsEndpoint
  }
  const sshEndpoint = async () => `${await grantTypeEndpoint()}/ssh`

  return {
    discovery,
    issuer: discovery.issuer,

    supportsAction: (action: string) =>
      discovery.tokeninfo_endpoint_actions_supported.includes(action),

    startOidcFlow: (request: OidcFlowRequest) =>
      post(
        discovery.mytoken_endpoint,
        { grant_type: 'oidc_flow', oidc_flow: 'authorization_code', ...request },
        pollingStartSchema,
        { plain: true },
      ),

    /** Throws MytokenError `authorization_pending` (HTTP 428) until the user has finished. */
    pollOidcFlow: (pollingCode: string) =>
      post(
        discovery.mytoken_endpoint,
        { grant_type: 'polling_code', polling_code: pollingCode },
        mytokenResponseSchema,
        { plain: true },
      ),

    createSubtoken: (credential: Credential, spec: MytokenSpec) =>
      post(
        discovery.mytoken_endpoint,
        { grant_type: 'mytoken', mytoken: credential.token(), ...spec },
        mytokenResponseSchema,
        { credential, plain: true },
      ),

    exchangeTransferCode: (transferCode: string) =>
      post(
        discovery.mytoken_endpoint,
        { grant_type: 'transfer_code', transfer_code: transferCode },
        mytokenResponseSchema,
        { plain: true },
      ),

    createTransferCode: (credential: Credential) =>
      post(
        discovery.token_transfer_endpoint,
        { mytoken: credential.token() },
        mytokenResponseSchema,
        { credential, plain: true },
      ),

    getAccessToken: (credential: Credential, options: AccessTokenOptions = {}) =>
      post(
        discovery.access_token_endpoint,
        { grant_type: 'mytoken', mytoken: credential.token(), ...options },
        accessTokenSchema,
        { credential },
      ),

    introspect: (credential: Credential) =>
      tokeninfo(credential, 'introspect', introspectionSchema),

    eventHistory: (credential: Credential, momIds?: string[]) =>
      tokeninfo(
        credential,
        'event_history',
        eventHistorySchema,
        momIds ? { mom_ids: momIds } : {},
      ).then((answer) => answer.events ?? []),

    subtokens: (credential: Credential) =>
      tokeninfo(credential, 'subtokens', subtokensSchema).then((answer) => answer.mytokens),

    listMytokens: (credential: Credential) =>
      tokeninfo(credential, 'list_mytokens', tokenListSchema).then(
        (answer) => answer.mytokens ?? [],
      ),

    /** Revokes the given token itself (possession is enough; no other credential needed). */
    revokeToken: async (
      token: string,
      recursive: boolean,
      options: { keepalive?: boolean } = {},
    ) => {
      await post(discovery.revocation_endpoint, { token, recursive }, noContent, options)
    },

    listGrantTypes: async (credential: Credential) =>
      (await get(await grantTypeEndpoint(), grantTypesSchema, credential)).grant_types,

    setGrantType: async (credential: Credential, grantType: string, enabled: boolean) => {
      await post(
        await grantTypeEndpoint(),
        { mytoken: credential.token(), grant_type: grantType },
        noContent,
        { credential, method: enabled ? 'POST' : 'DELETE' },
      )
    },

    sshInfo: async (credential: Credential) => get(await sshEndpoint(), sshInfoSchema, credential),

    /** Starts adding a key: the server answers with a consent page and a polling code. */
    startAddSshKey: async (credential: Credential, spec: SshKeySpec) =>
      post(
        await sshEndpoint(),
        { grant_type: 'mytoken', mytoken: credential.token(), ...spec },
        pollingStartSchema,
        { credential },
      ),

    /** Throws MytokenError `authorization_pending` (HTTP 428) until the user has approved. */
    pollAddSshKey: async (pollingCode: string) =>
      post(
        await sshEndpoint(),
        { grant_type: 'polling_code', polling_code: pollingCode },
        sshKeyAddedSchema,
      ),

    deleteSshKey: async (credential: Credential, fingerprint: string) => {
      await post(
        await sshEndpoint(),
        { mytoken: credential.token(), ssh_key_fp: fingerprint },
        noContent,
        { credential, method: 'DELETE' },
      )
    },

    /** Revokes another token of the same user, authenticated by `credential`. */
    revokeByMomId: async (credential: Credential, momId: string, recursive: boolean) => {
      await post(
        discovery.revocation_endpoint,
        { token: credential.token(), mom_id: momId, recursive },
        noContent,
        { credential },
      )
    },

    listProfiles: (kind: ProfileKind, group = '_') =>
      discovery.profiles_endpoint
        ? get(
            `${discovery.profiles_endpoint}/${encodeURIComponent(group)}/${kind}`,
            profileListSchema,
          )
        : Promise.resolve([]),
  }
}

export type MytokenClient = ReturnType<typeof createMytokenClient>

/** Hands a rotated replacement (`token_update`) to the credential that made the request. */
export function applyTokenUpdate(
  json: unknown,
  credential: Credential | undefined,
): MytokenResponse | undefined {
  if (!credential) return undefined
  const parsed = tokenUpdateCarrierSchema.safeParse(json)
  const update = parsed.success ? parsed.data.token_update : undefined
  if (update?.mytoken) {
    credential.replace(update)
    return update
  }
  return undefined
}
