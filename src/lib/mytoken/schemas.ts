// zod schemas of the mytoken API's answers (server v0.10, see shared reference). Unknown fields
// are tolerated everywhere because instances may run newer servers.
import { z } from 'zod'

export const providerSchema = z.object({
  issuer: z.string(),
  name: z.string().optional(),
  scopes_supported: z.array(z.string()).default([]),
})
export type Provider = z.infer<typeof providerSchema>

export const discoverySchema = z.object({
  issuer: z.string(),
  access_token_endpoint: z.string(),
  mytoken_endpoint: z.string(),
  tokeninfo_endpoint: z.string().optional(),
  revocation_endpoint: z.string().optional(),
  usersettings_endpoint: z.string().optional(),
  notifications_endpoint: z.string().optional(),
  token_transfer_endpoint: z.string().optional(),
  profiles_endpoint: z.string().optional(),
  jwks_uri: z.string(),
  providers_supported: z.array(providerSchema),
  token_signing_alg_value: z.string().optional(),
  tokeninfo_endpoint_actions_supported: z.array(z.string()).default([]),
  mytoken_endpoint_grant_types_supported: z.array(z.string()).default([]),
  response_types_supported: z.array(z.string()).default(['token']),
  restriction_claims_supported: z.array(z.string()).default([]),
  service_documentation: z.string().optional(),
  version: z.string().optional(),
})
export type Discovery = z.infer<typeof discoverySchema>

export const restrictionSchema = z.object({
  nbf: z.number().optional(),
  exp: z.number().optional(),
  scope: z.string().optional(),
  audience: z.array(z.string()).optional(),
  hosts: z.array(z.string()).optional(),
  geoip_allow: z.array(z.string()).optional(),
  geoip_disallow: z.array(z.string()).optional(),
  usages_AT: z.number().optional(),
  usages_other: z.number().optional(),
  usages_AT_done: z.number().optional(),
  usages_other_done: z.number().optional(),
})
export type Restriction = z.infer<typeof restrictionSchema>

export const rotationSchema = z.object({
  on_AT: z.boolean().optional(),
  on_other: z.boolean().optional(),
  lifetime: z.number().optional(),
  auto_revoke: z.boolean().optional(),
})
export type Rotation = z.infer<typeof rotationSchema>

export const mytokenTypeSchema = z.enum(['token', 'short_token', 'transfer_code'])
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

export const mytokenResponseSchema: z.ZodType<MytokenResponse> = z.lazy(() =>
  z.object({
    mytoken: z.string().optional(),
    mytoken_type: mytokenTypeSchema.default('token'),
    transfer_code: z.string().optional(),
    mom_id: z.string().optional(),
    expires_in: z.number().optional(),
    capabilities: z.array(z.string()).optional(),
    restrictions: z.array(restrictionSchema).optional(),
    rotation: rotationSchema.optional(),
    token_update: mytokenResponseSchema.optional(),
  }),
)

/** Any answer that may carry a rotated replacement of the token that authenticated it. */
export const tokenUpdateCarrierSchema = z.object({ token_update: mytokenResponseSchema.optional() })

export const pollingStartSchema = z.object({
  consent_uri: z.string(),
  polling_code: z.string(),
  expires_in: z.number().default(300),
  interval: z.number().default(5),
})
export type PollingStart = z.infer<typeof pollingStartSchema>

export const mytokenPayloadSchema = z.object({
  ver: z.string().optional(),
  token_type: z.string().optional(),
  iss: z.string(),
  sub: z.string().optional(),
  aud: z.union([z.string(), z.array(z.string())]).optional(),
  exp: z.number().optional(),
  nbf: z.number().optional(),
  iat: z.number().optional(),
  auth_time: z.number().optional(),
  jti: z.string().optional(),
  seq_no: z.number().optional(),
  name: z.string().optional(),
  oidc_sub: z.string().optional(),
  oidc_iss: z.string().optional(),
  restrictions: z.array(restrictionSchema).optional(),
  capabilities: z.array(z.string()).optional(),
  rotation: rotationSchema.optional(),
})
export type MytokenPayload = z.infer<typeof mytokenPayloadSchema>

export const introspectionSchema = z.object({
  valid: z.boolean(),
  token_type: z.string().optional(),
  token: mytokenPayloadSchema,
  mom_id: z.string().optional(),
})
export type Introspection = z.infer<typeof introspectionSchema>

export const tokenEventSchema = z.object({
  event: z.string(),
  time: z.number(),
  comment: z.string().optional(),
  ip: z.string().optional(),
  user_agent: z.string().optional(),
  mom_id: z.string().optional(),
})
export type TokenEvent = z.infer<typeof tokenEventSchema>

export const eventHistorySchema = z.object({ events: z.array(tokenEventSchema).nullish() })

export const tokenEntrySchema = z.object({
  mom_id: z.string(),
  name: z.string().default(''),
  created: z.number(),
  expires_at: z.number().optional(),
  ip: z.string().optional(),
  user_agent: z.string().optional(),
})
export type TokenEntry = z.infer<typeof tokenEntrySchema>

export interface TokenTree {
  token: TokenEntry
  children?: TokenTree[] | undefined
}
export const tokenTreeSchema: z.ZodType<TokenTree> = z.lazy(() =>
  z.object({
    token: tokenEntrySchema,
    children: z
      .array(tokenTreeSchema)
      .nullish()
      .transform((c) => c ?? undefined),
  }),
)

export const tokenListSchema = z.object({ mytokens: z.array(tokenTreeSchema).nullish() })
export const subtokensSchema = z.object({ mytokens: tokenTreeSchema })

export const accessTokenSchema = z.object({
  access_token: z.string(),
  token_type: z.string().optional(),
  expires_in: z.number().optional(),
  scope: z.string().optional(),
  audience: z.array(z.string()).nullish(),
})
export type AccessTokenResponse = z.infer<typeof accessTokenSchema>

export const profileEntrySchema = z.object({
  id: z.string().optional(),
  name: z.string(),
  payload: z.unknown(),
})
export const profileListSchema = z
  .array(profileEntrySchema)
  .nullable()
  .transform((list) => list ?? [])
export type ProfileEntry = z.infer<typeof profileEntrySchema>
