// What a mytoken server offers, read from its discovery document (v0.10.1 publishes its
// operator and contacts only on its HTML privacy page, from `service_operator` in its config, not
// in the JSON API).
import type { Discovery } from '@/lib/mytoken/api/schemas'

export type ServerFeature =
  | 'transferCodes'
  | 'shortTokens'
  | 'polling'
  | 'ssh'
  | 'profiles'
  | 'notifications'
  | 'revocation'
  | 'tokeninfo'

export function serverFeatures(discovery: Discovery): Record<ServerFeature, boolean> {
  return {
    transferCodes:
      discovery.token_transfer_endpoint !== undefined ||
      discovery.response_types_supported.includes('transfer_code'),
    shortTokens: discovery.response_types_supported.includes('short_token'),
    polling: discovery.mytoken_endpoint_grant_types_supported.includes('polling_code'),
    ssh: discovery.mytoken_endpoint_grant_types_supported.includes('ssh'),
    profiles: discovery.profiles_endpoint !== undefined,
    // v0.10 lists the notifications endpoint even when the feature is off
    notifications: discovery.notifications_endpoint !== undefined,
    revocation: discovery.revocation_endpoint !== undefined,
    tokeninfo: discovery.tokeninfo_endpoint !== undefined,
  }
}

/** The server's own privacy page (operator, contact, privacy contact). */
export function privacyPageUrl(issuer: string): string {
  return `${issuer.replace(/\/+$/, '')}/privacy`
}

/** The mytoken software's developers and source, as v0.10.1's own pages show them in their footer. */
export const MYTOKEN_DEVELOPER_CONTACT = 'm-contact@lists.kit.edu'
export const MYTOKEN_SOURCE = 'https://github.com/oidc-mytoken/server'
