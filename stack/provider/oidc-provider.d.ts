// Minimal types for the parts of `oidc-provider` (v9, ships no types) that the local OP uses.
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http'

  export interface AccountClaims {
    sub: string
    [claim: string]: unknown
  }

  export interface Account {
    accountId: string
    claims(use: string, scope: string): Promise<AccountClaims> | AccountClaims
  }

  export interface PromptDetails {
    missingOIDCScope?: string[]
    missingOIDCClaims?: string[]
    missingResourceScopes?: Record<string, string[]>
    [key: string]: unknown
  }

  export interface Interaction {
    uid: string
    prompt: { name: 'login' | 'consent' | string; reasons: string[]; details: PromptDetails }
    params: Record<string, unknown> & { client_id?: string; scope?: string }
    session?: { accountId: string; uid: string }
    grantId?: string
    lastSubmission?: Record<string, unknown>
  }

  export interface Grant {
    jti: string
    accountId: string
    clientId: string
    addOIDCScope(scope: string): void
    addOIDCClaims(claims: string[]): void
    addResourceScope(resource: string, scope: string): void
    getOIDCScope(): string
    save(): Promise<string>
  }

  export interface GrantConstructor {
    new (properties: { accountId: string; clientId: string }): Grant
    find(id: string): Promise<Grant | undefined>
  }

  export interface ClientInstance {
    clientId: string
    clientName?: string
    clientAuthMethod: string
    redirectUris: string[]
    grantTypeAllowed(type: string): boolean
  }

  export interface ClientConstructor {
    find(id: string): Promise<ClientInstance | undefined>
  }

  export interface KoaContextWithOIDC {
    oidc: {
      route: string
      client?: ClientInstance
      session: { accountId?: string; grantIdFor(clientId: string): string | undefined }
      result?: { consent?: { grantId?: string } }
      provider: Provider
      entities: Record<string, unknown>
    }
    [key: string]: unknown
  }

  export type InteractionResult =
    | { login: { accountId: string; remember?: boolean } }
    | { consent: { grantId?: string } }
    | { error: string; error_description?: string }

  export type Configuration = Record<string, unknown>

  export class Provider {
    constructor(issuer: string, configuration?: Configuration)
    readonly issuer: string
    proxy: boolean
    callback(): (req: IncomingMessage, res: ServerResponse) => void
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<Interaction>
    interactionFinished(
      req: IncomingMessage,
      res: ServerResponse,
      result: InteractionResult,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<void>
    readonly Grant: GrantConstructor
    readonly Client: ClientConstructor
    on(event: string, listener: (...args: unknown[]) => void): this
  }

  export default Provider
}
