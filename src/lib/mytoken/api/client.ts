// The one typed client for a mytoken server. Built from the instance's discovery document;
// never touches UI or storage. Tokens travel in JSON bodies only (never in URLs or cookies).
import type { ZodMiniType } from 'zod/mini'
import { oneAtATime, type Credential } from './credential'
import { MytokenError, NetworkError, UnexpectedResponseError, toMytokenError } from './errors'
import {
  accessTokenSchema,
  calendarInfoSchema,
  calendarListSchema,
  emailSettingsSchema,
  notificationCreatedSchema,
  notificationInfoSchema,
  notificationListSchema,
  discoverySchema,
  eventHistorySchema,
  grantTypesSchema,
  introspectionSchema,
  mytokenResponseSchema,
  pollingStartSchema,
  profileListSchema,
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

/** A new mail subscription: for one token (`momId`) or for all of the user's tokens. */
export interface NotificationRequest {
  classes: string[]
  momId?: string | undefined
  userWide?: boolean
  includeChildren?: boolean
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
  try {
    return await request(fetchImpl, { method: 'GET', url, schema: discoverySchema })
  } catch (error) {
    if (error instanceof UnexpectedResponseError)
      throw new UnexpectedResponseError(error.status, 'not a mytoken discovery document')
    throw error
  }
}

/** One request to a mytoken server, as every method of the client describes it. */
interface RequestSpec<T> {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  /** undefined: the instance does not offer the endpoint */
  url: string | undefined
  schema: ZodMiniType<T>
  /** The token the request authenticates with: read when the request is sent, in its queue. */
  credential?: Credential | undefined
  /** where the credential's token goes: a body member, or the Authorization header */
  tokenAs?: 'mytoken' | 'token' | 'bearer'
  body?: Record<string, unknown>
  /** body as text/plain: for handlers that read the raw body as JSON (spares the CORS preflight) */
  plain?: boolean
  /** let the request finish while the page unloads (revoking on the way out) */
  keepalive?: boolean
  /** this request, sent before the client loaded: its answer is read if it went to `url` */
  answered?: AnsweredRequest | undefined
}

/** A request sent before the client loaded, and its answer as `readEarlyAnswer` read it. */
export interface AnsweredRequest {
  url: string
  answer: Promise<unknown>
}

async function request<T>(fetchImpl: FetchLike, spec: RequestSpec<T>): Promise<T> {
  const { url, credential } = spec
  if (!url)
    throw new MytokenError(404, 'not_supported', 'This instance does not offer this feature.')
  const answered = spec.answered?.url === url ? spec.answered.answer : undefined
  const json = await (answered ??
    oneAtATime(
      credential,
      async () => {
        const answer = await send(fetchImpl, url, initFor(spec, credential?.token()))
        applyTokenUpdate(answer, credential)
        return answer
      },
      spec.keepalive,
    ))
  // 204 No Content (e.g. revocation) has no body
  const parsed = spec.schema.safeParse(json ?? {})
  if (!parsed.success)
    throw new UnexpectedResponseError(200, parsed.error.issues[0]?.message ?? 'invalid')
  return parsed.data
}

function initFor(spec: RequestSpec<unknown>, token: string | undefined): RequestInit {
  const tokenAs = spec.tokenAs ?? (spec.method === 'GET' ? 'bearer' : 'mytoken')
  const headers: Record<string, string> = {}
  if (token !== undefined && tokenAs === 'bearer') headers.Authorization = `Bearer ${token}`
  const members = {
    ...spec.body,
    ...(token !== undefined && tokenAs !== 'bearer' ? { [tokenAs]: token } : {}),
  }
  const hasBody = spec.method !== 'GET' && Object.keys(members).length > 0
  if (hasBody) headers['Content-Type'] = spec.plain ? TEXT_TYPE : JSON_TYPE
  return {
    method: spec.method,
    headers,
    ...(hasBody ? { body: JSON.stringify(members) } : {}),
    ...(spec.keepalive ? { keepalive: true } : {}),
  }
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
      // an answer without content (e.g. enabling a grant type: `201 Created` with the status
      // text as its body) carries nothing to read
      const noContent = response.status === 201 || response.status === 204
      if (response.ok && !noContent)
        throw new UnexpectedResponseError(response.status, 'answer is not JSON')
    }
  }
  if (!response.ok) throw toMytokenError(response.status, json)
  return json
}

export function createMytokenClient(discovery: Discovery, fetchImpl: FetchLike = fetch) {
  const call = <T>(spec: RequestSpec<T>) => request(fetchImpl, spec)

  const notifications = discovery.notifications_endpoint?.replace(/\/+$/, '')
  const calendars = notifications ? `${notifications}/calendars` : undefined
  const calendarUrl = (name: string) => `${calendars}/${encodeURIComponent(name)}`
  const managementUrl = (code: string) => `${notifications}/${encodeURIComponent(code)}`
  const settingsUrl = discovery.usersettings_endpoint?.replace(/\/+$/, '')
  const emailUrl = settingsUrl ? `${settingsUrl}/email` : undefined
  const grantsUrl = settingsUrl ? `${settingsUrl}/grants` : undefined
  const sshUrl = grantsUrl ? `${grantsUrl}/ssh` : undefined

  function tokeninfo<T>(
    credential: Credential,
    action: string,
    schema: ZodMiniType<T>,
    extra: Record<string, unknown> = {},
    answered?: AnsweredRequest,
  ) {
    return call({
      method: 'POST',
      url: discovery.tokeninfo_endpoint,
      schema,
      credential,
      body: { action, ...extra },
      plain: true,
      answered,
    })
  }

  const noContent = tokenUpdateCarrierSchema
  const mytokenEndpoint = discovery.mytoken_endpoint

  return {
    discovery,
    issuer: discovery.issuer,

    supportsAction: (action: string) =>
      discovery.tokeninfo_endpoint_actions_supported.includes(action),

    startOidcFlow: (flow: OidcFlowRequest) =>
      call({
        method: 'POST',
        url: mytokenEndpoint,
        schema: pollingStartSchema,
        body: { grant_type: 'oidc_flow', oidc_flow: 'authorization_code', ...flow },
        plain: true,
      }),

    /** Throws MytokenError `authorization_pending` (HTTP 428) until the user has finished. */
    pollOidcFlow: (pollingCode: string) =>
      call({
        method: 'POST',
        url: mytokenEndpoint,
        schema: mytokenResponseSchema,
        body: { grant_type: 'polling_code', polling_code: pollingCode },
        plain: true,
      }),

    createSubtoken: (credential: Credential, spec: MytokenSpec) =>
      call({
        method: 'POST',
        url: mytokenEndpoint,
        schema: mytokenResponseSchema,
        credential,
        body: { grant_type: 'mytoken', ...spec },
        plain: true,
      }),

    exchangeTransferCode: (transferCode: string) =>
      call({
        method: 'POST',
        url: mytokenEndpoint,
        schema: mytokenResponseSchema,
        body: { grant_type: 'transfer_code', transfer_code: transferCode },
        plain: true,
      }),

    createTransferCode: (credential: Credential) =>
      call({
        method: 'POST',
        url: discovery.token_transfer_endpoint,
        schema: mytokenResponseSchema,
        credential,
        plain: true,
      }),

    getAccessToken: (credential: Credential, options: AccessTokenOptions = {}) =>
      call({
        method: 'POST',
        url: discovery.access_token_endpoint,
        schema: accessTokenSchema,
        credential,
        body: { grant_type: 'mytoken', ...options },
      }),

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

    /** `answered`: the boot script's request (lib/mytoken/browser-state/early-token-list.ts), read here */
    listMytokens: (credential: Credential, answered?: AnsweredRequest) =>
      tokeninfo(credential, 'list_mytokens', tokenListSchema, {}, answered).then(
        (answer) => answer.mytokens ?? [],
      ),

    /** Revokes the given token itself (possession is enough; no other credential needed). */
    revokeToken: async (
      token: string,
      recursive: boolean,
      options: { keepalive?: boolean } = {},
    ) => {
      await call({
        method: 'POST',
        url: discovery.revocation_endpoint,
        schema: noContent,
        body: { token, recursive },
        ...options,
      })
    },

    /**
     * Revokes, authenticated by `credential` (in its queue, so a rotating token is the newest),
     * the user's token `momId`, or without one the credential's own token.
     */
    revoke: async (credential: Credential, options: { recursive: boolean; momId?: string }) => {
      // a momId that is there but undefined would revoke the credential's own token (a session)
      if ('momId' in options && options.momId === undefined)
        throw new Error('revoke: momId is undefined')
      const { recursive, momId } = options
      await call({
        method: 'POST',
        url: discovery.revocation_endpoint,
        schema: noContent,
        credential,
        tokenAs: 'token',
        body: momId === undefined ? { recursive } : { mom_id: momId, recursive },
      })
    },

    /** `GET …/settings/grants`: only grant types the user switched at least once (v0.10.1). */
    listGrantTypes: async (credential: Credential) =>
      (await call({ method: 'GET', url: grantsUrl, schema: grantTypesSchema, credential }))
        .grant_types,

    setGrantType: async (credential: Credential, grantType: string, enabled: boolean) => {
      await call({
        method: enabled ? 'POST' : 'DELETE',
        url: grantsUrl,
        schema: noContent,
        credential,
        body: { grant_type: grantType },
      })
    },

    sshInfo: (credential: Credential) =>
      call({ method: 'GET', url: sshUrl, schema: sshInfoSchema, credential }),

    /** Starts adding a key: the server answers with a consent page and a polling code. */
    startAddSshKey: (credential: Credential, spec: SshKeySpec) =>
      call({
        method: 'POST',
        url: sshUrl,
        schema: pollingStartSchema,
        credential,
        body: { grant_type: 'mytoken', ...spec },
      }),

    /** Throws MytokenError `authorization_pending` (HTTP 428) until the user has approved. */
    pollAddSshKey: (pollingCode: string) =>
      call({
        method: 'POST',
        url: sshUrl,
        schema: sshKeyAddedSchema,
        body: { grant_type: 'polling_code', polling_code: pollingCode },
      }),

    deleteSshKey: async (credential: Credential, fingerprint: string) => {
      await call({
        method: 'DELETE',
        url: sshUrl,
        schema: noContent,
        credential,
        body: { ssh_key_fp: fingerprint },
      })
    },

    /** `GET …/settings/email` — answers 404 when the instance has mail notifications off. */
    emailSettings: (credential: Credential) =>
      call({ method: 'GET', url: emailUrl, schema: emailSettingsSchema, credential }),

    /** Changes the address (the server mails a verification link) and/or the mail format. */
    updateEmailSettings: async (
      credential: Credential,
      change: { emailAddress?: string; preferHtml?: boolean },
    ) => {
      await call({
        method: 'PUT',
        url: emailUrl,
        schema: noContent,
        credential,
        body: {
          ...(change.emailAddress ? { email_address: change.emailAddress } : {}),
          ...(change.preferHtml !== undefined ? { prefer_html_mail: change.preferHtml } : {}),
        },
      })
    },

    listNotifications: (credential: Credential) =>
      call({
        method: 'GET',
        url: notifications,
        schema: notificationListSchema,
        credential,
      }).then((answer) => answer.notifications ?? []),

    /** A mail subscription; always names the token by `mom_id` (never the session itself). */
    subscribe: (credential: Credential, subscription: NotificationRequest) =>
      call({
        method: 'POST',
        url: notifications,
        schema: notificationCreatedSchema,
        credential,
        body: {
          notification_type: 'mail',
          notification_classes: subscription.classes,
          ...(subscription.momId ? { mom_id: subscription.momId } : {}),
          user_wide: subscription.userWide ?? false,
          include_children: subscription.includeChildren ?? false,
        },
      }),

    /** The management-code operations need no mytoken: the code itself is the secret. */
    notificationByCode: (code: string) =>
      call({ method: 'GET', url: managementUrl(code), schema: notificationInfoSchema }),
    unsubscribe: async (code: string) => {
      await call({ method: 'DELETE', url: managementUrl(code), schema: noContent })
    },
    updateNotificationClasses: async (code: string, classes: string[]) => {
      await call({
        method: 'PUT',
        url: `${managementUrl(code)}/nc`,
        schema: noContent,
        body: { notification_classes: classes },
      })
    },
    addNotificationToken: async (code: string, momId: string, includeChildren = false) => {
      await call({
        method: 'POST',
        url: `${managementUrl(code)}/token`,
        schema: noContent,
        body: { mom_id: momId, include_children: includeChildren },
      })
    },
    removeNotificationToken: async (code: string, momId: string) => {
      await call({
        method: 'DELETE',
        url: `${managementUrl(code)}/token`,
        schema: noContent,
        body: { mom_id: momId },
      })
    },

    listCalendars: (credential: Credential) =>
      call({ method: 'GET', url: calendars, schema: calendarListSchema, credential }).then(
        (answer) => answer.calendars ?? [],
      ),
    createCalendar: (credential: Credential, name: string) =>
      call({
        method: 'POST',
        url: calendars,
        schema: calendarInfoSchema,
        credential,
        body: { name },
      }),
    deleteCalendar: async (credential: Credential, name: string) => {
      await call({ method: 'DELETE', url: calendarUrl(name), schema: noContent, credential })
    },
    /** Adds an expiry event for the token (tokens that never expire are refused with 400). */
    addToCalendar: (credential: Credential, name: string, momId: string) =>
      call({
        method: 'POST',
        url: calendarUrl(name),
        schema: calendarInfoSchema,
        credential,
        body: { mom_id: momId },
      }),

    listProfiles: (kind: ProfileKind, group = '_') =>
      discovery.profiles_endpoint
        ? call({
            method: 'GET',
            url: `${discovery.profiles_endpoint}/${encodeURIComponent(group)}/${kind}`,
            schema: profileListSchema,
          })
        : Promise.resolve([]),
  }
}

export type MytokenClient = ReturnType<typeof createMytokenClient>

// One client per discovery document for every consumer of an instance (the query cache's
// structural sharing keeps a document's identity while its content does not change).
const clients = new WeakMap<Discovery, MytokenClient>()

export function clientFor(discovery: Discovery): MytokenClient {
  let client = clients.get(discovery)
  if (!client) clients.set(discovery, (client = createMytokenClient(discovery)))
  return client
}

/**
 * Reads the answer to a request sent before this module loaded (the boot script's token list) as
 * `request` reads every answer, and hands its `token_update` to the credential. Run it in the
 * credential's queue (`oneAtATime`), and give its result to the same request as `answered`.
 */
export async function readEarlyAnswer(
  response: Promise<Response>,
  url: string,
  credential: Credential,
): Promise<unknown> {
  const json = await send(() => response, url, {})
  applyTokenUpdate(json, credential)
  return json
}

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
