// zod schemas of the mytoken API's answers (server v0.10, see shared reference). Unknown fields
// are tolerated everywhere because instances may run newer servers.
// zod/mini keeps the first page's JavaScript small (the classic API is several times larger).
// Each schema is built on its first use (`z.lazy`): building all of them as the module loads was
// one main-thread task of 25-30 ms on a fast machine, during a signed-in page's first render.
import * as z from 'zod/mini'

export const providerSchema = z.lazy(() =>
  z.object({
    issuer: z.string(),
    name: z.optional(z.string()),
    scopes_supported: z._default(z.array(z.string()), []),
  }),
)
export type Provider = z.infer<typeof providerSchema>

export const discoverySchema = z.lazy(() =>
  z.object({
    issuer: z.string(),
    access_token_endpoint: z.string(),
    mytoken_endpoint: z.string(),
    tokeninfo_endpoint: z.optional(z.string()),
    revocation_endpoint: z.optional(z.string()),
    usersettings_endpoint: z.optional(z.string()),
    notifications_endpoint: z.optional(z.string()),
    token_transfer_endpoint: z.optional(z.string()),
    profiles_endpoint: z.optional(z.string()),
    jwks_uri: z.string(),
    /** the SSH grant's host keys (only when the server offers the `ssh` grant) */
    ssh_keys: z._default(z.array(z.object({ type: z.string(), fingerprint: z.string() })), []),
    providers_supported: z.array(providerSchema),
    token_signing_alg_value: z.optional(z.string()),
    tokeninfo_endpoint_actions_supported: z._default(z.array(z.string()), []),
    mytoken_endpoint_grant_types_supported: z._default(z.array(z.string()), []),
    response_types_supported: z._default(z.array(z.string()), ['token']),
    restriction_claims_supported: z._default(z.array(z.string()), []),
    service_documentation: z.optional(z.string()),
    version: z.optional(z.string()),
  }),
)
export type Discovery = z.infer<typeof discoverySchema>

export const restrictionSchema = z.lazy(() =>
  z.object({
    nbf: z.optional(z.number()),
    exp: z.optional(z.number()),
    scope: z.optional(z.string()),
    audience: z.optional(z.array(z.string())),
    hosts: z.optional(z.array(z.string())),
    geoip_allow: z.optional(z.array(z.string())),
    geoip_disallow: z.optional(z.array(z.string())),
    usages_AT: z.optional(z.number()),
    usages_other: z.optional(z.number()),
    usages_AT_done: z.optional(z.number()),
    usages_other_done: z.optional(z.number()),
  }),
)
export type Restriction = z.infer<typeof restrictionSchema>

export const rotationSchema = z.lazy(() =>
  z.object({
    on_AT: z.optional(z.boolean()),
    on_other: z.optional(z.boolean()),
    lifetime: z.optional(z.number()),
    auto_revoke: z.optional(z.boolean()),
  }),
)
export type Rotation = z.infer<typeof rotationSchema>

export const mytokenTypeSchema = z.lazy(() => z.enum(['token', 'short_token', 'transfer_code']))
export type MytokenType = z.infer<typeof mytokenTypeSchema>

export interface MytokenResponse {
  mytoken?: string | undefined
  mytoken_type: MytokenType
  transfer_code?: string | undefined
  mom_id?: string | undefined
  expires_in?: number | undefined
  capabilities?: string[] | undefined
  restrictions?: Restriction[] | undefined
  rotation?: Rotation | undefined
  token_update?: MytokenResponse | undefined
}

export const mytokenResponseSchema: z.ZodMiniType<MytokenResponse> = z.lazy(() =>
  z.object({
    mytoken: z.optional(z.string()),
    mytoken_type: z._default(mytokenTypeSchema, 'token'),
    transfer_code: z.optional(z.string()),
    mom_id: z.optional(z.string()),
    expires_in: z.optional(z.number()),
    capabilities: z.optional(z.array(z.string())),
    restrictions: z.optional(z.array(restrictionSchema)),
    rotation: z.optional(rotationSchema),
    token_update: z.optional(mytokenResponseSchema),
  }),
)

/** Any answer that may carry a rotated replacement of the token that authenticated it. */
export const tokenUpdateCarrierSchema = z.lazy(() =>
  z.object({
    token_update: z.optional(mytokenResponseSchema),
  }),
)

export const pollingStartSchema = z.lazy(() =>
  z.object({
    consent_uri: z.string(),
    polling_code: z.string(),
    expires_in: z._default(z.number(), 300),
    interval: z._default(z.number(), 5),
  }),
)
export type PollingStart = z.infer<typeof pollingStartSchema>

export const mytokenPayloadSchema = z.lazy(() =>
  z.object({
    ver: z.optional(z.string()),
    token_type: z.optional(z.string()),
    iss: z.string(),
    sub: z.optional(z.string()),
    aud: z.optional(z.union([z.string(), z.array(z.string())])),
    exp: z.optional(z.number()),
    nbf: z.optional(z.number()),
    iat: z.optional(z.number()),
    auth_time: z.optional(z.number()),
    jti: z.optional(z.string()),
    seq_no: z.optional(z.number()),
    name: z.optional(z.string()),
    oidc_sub: z.optional(z.string()),
    oidc_iss: z.optional(z.string()),
    restrictions: z.optional(z.array(restrictionSchema)),
    capabilities: z.optional(z.array(z.string())),
    rotation: z.optional(rotationSchema),
  }),
)
export type MytokenPayload = z.infer<typeof mytokenPayloadSchema>

export const introspectionSchema = z.lazy(() =>
  z.object({
    valid: z.boolean(),
    token_type: z.optional(z.string()),
    token: mytokenPayloadSchema,
    mom_id: z.optional(z.string()),
  }),
)
export type Introspection = z.infer<typeof introspectionSchema>

export const tokenEventSchema = z.lazy(() =>
  z.object({
    event: z.string(),
    time: z.number(),
    comment: z.optional(z.string()),
    ip: z.optional(z.string()),
    user_agent: z.optional(z.string()),
    mom_id: z.optional(z.string()),
  }),
)
export type TokenEvent = z.infer<typeof tokenEventSchema>

export const eventHistorySchema = z.lazy(() =>
  z.object({ events: z.nullish(z.array(tokenEventSchema)) }),
)

export const tokenEntrySchema = z.lazy(() =>
  z.object({
    mom_id: z.string(),
    name: z._default(z.string(), ''),
    created: z.number(),
    expires_at: z.optional(z.number()),
    ip: z.optional(z.string()),
    user_agent: z.optional(z.string()),
  }),
)
export type TokenEntry = z.infer<typeof tokenEntrySchema>

export interface TokenTree {
  token: TokenEntry
  children?: TokenTree[] | undefined
}
export const tokenTreeSchema: z.ZodMiniType<TokenTree> = z.lazy(() =>
  z.object({
    token: tokenEntrySchema,
    children: z.pipe(
      z.nullish(z.array(tokenTreeSchema)),
      z.transform((c) => c ?? undefined),
    ),
  }),
)

export const tokenListSchema = z.lazy(() =>
  z.object({ mytokens: z.nullish(z.array(tokenTreeSchema)) }),
)
export const subtokensSchema = z.lazy(() => z.object({ mytokens: tokenTreeSchema }))

export const accessTokenSchema = z.lazy(() =>
  z.object({
    access_token: z.string(),
    token_type: z.optional(z.string()),
    expires_in: z.optional(z.number()),
    scope: z.optional(z.string()),
    audience: z.nullish(z.array(z.string())),
  }),
)
export type AccessTokenResponse = z.infer<typeof accessTokenSchema>

export const profileEntrySchema = z.lazy(() =>
  z.object({
    id: z.optional(z.string()),
    name: z.string(),
    payload: z.unknown(),
  }),
)
export const profileListSchema = z.lazy(() =>
  z.pipe(
    z.nullable(z.array(profileEntrySchema)),
    z.transform((list) => list ?? []),
  ),
)
export type ProfileEntry = z.infer<typeof profileEntrySchema>

// Settings, notifications and calendars (server feature `notifications`, section 11 of the reference)
export const emailSettingsSchema = z.lazy(() =>
  z.object({
    email_address: z._default(z.string(), ''),
    email_verified: z._default(z.boolean(), false),
    prefer_html_mail: z._default(z.boolean(), false),
  }),
)
export type EmailSettings = z.infer<typeof emailSettingsSchema>

export const notificationInfoSchema = z.lazy(() =>
  z.object({
    notification_id: z.number(),
    notification_type: z.string(),
    management_code: z.string(),
    user_wide: z._default(z.boolean(), false),
    notification_classes: z._default(z.nullable(z.array(z.string())), []),
    subscribed_tokens: z.optional(z.nullable(z.array(z.string()))),
    oidc_iss: z.optional(z.string()),
  }),
)
export type NotificationInfo = z.infer<typeof notificationInfoSchema>

export const calendarInfoSchema = z.lazy(() =>
  z.object({
    name: z.string(),
    ics_path: z.string(),
    subscribed_tokens: z.optional(z.nullable(z.array(z.string()))),
  }),
)
export type CalendarInfo = z.infer<typeof calendarInfoSchema>

export const notificationListSchema = z.lazy(() =>
  z.object({
    notifications: z._default(z.nullable(z.array(notificationInfoSchema)), []),
  }),
)
export const calendarListSchema = z.lazy(() =>
  z.object({
    calendars: z._default(z.nullable(z.array(calendarInfoSchema)), []),
  }),
)
export const notificationCreatedSchema = z.lazy(() => z.object({ management_code: z.string() }))

export const grantTypesSchema = z.lazy(() =>
  z.object({
    grant_types: z.pipe(
      z.nullish(z.array(z.object({ grant_type: z.string(), enabled: z.boolean() }))),
      z.transform((list) => list ?? []),
    ),
  }),
)
export type GrantTypeInfo = z.infer<typeof grantTypesSchema>['grant_types'][number]

export const sshKeyEntrySchema = z.lazy(() =>
  z.object({
    name: z._default(z.string(), ''),
    ssh_key_fp: z.string(),
    created: z.number(),
    last_used: z.nullish(z.number()),
  }),
)
export type SshKeyEntry = z.infer<typeof sshKeyEntrySchema>

export const sshInfoSchema = z.lazy(() =>
  z.object({
    grant_enabled: z._default(z.boolean(), false),
    ssh_keys: z.pipe(
      z.nullish(z.array(sshKeyEntrySchema)),
      z.transform((list) => list ?? []),
    ),
  }),
)
export type SshInfo = z.infer<typeof sshInfoSchema>

/** The end of adding an SSH key: the user name (also the key that decrypts the stored token). */
export const sshKeyAddedSchema = z.lazy(() =>
  z.object({
    ssh_user: z.string(),
    ssh_host_config: z._default(z.string(), ''),
  }),
)
export type SshKeyAdded = z.infer<typeof sshKeyAddedSchema>
