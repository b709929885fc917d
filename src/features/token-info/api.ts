// Server state of the token-info page. Query keys hold only issuer URLs; the pasted token is
// passed to mutations (started by the user) and never becomes part of a key. Mutations use
// gcTime 0 so their results (which may include an exchanged token) are dropped from the
// cache as soon as the page is left.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { compactVerify, createLocalJWKSet, errors as joseErrors, type JSONWebKeySet } from 'jose'
import { useEffect, useState } from 'react'
import { loadedClient } from '@/lib/instance/client-loader'
import { discoveryQueries } from '@/lib/instance/discovery-query'
import type { MytokenClient } from '@/lib/mytoken/api/client'
import type { Credential } from '@/lib/mytoken/api/credential'
import { isMytokenError, NetworkError, UnexpectedResponseError } from '@/lib/mytoken/api/errors'
import type {
  Discovery,
  Introspection,
  Rotation,
  TokenEvent,
  TokenTree,
} from '@/lib/mytoken/api/schemas'
import { invalidateTokenData } from '@/lib/mytoken/queries/query-keys'
import { hasCapability } from '@/lib/mytoken/vocabulary/capabilities'

async function fetchJwks(jwksUri: string): Promise<JSONWebKeySet> {
  let response: Response
  try {
    response = await fetch(jwksUri, { credentials: 'omit', cache: 'no-store' })
  } catch (cause) {
    throw new NetworkError(jwksUri, cause)
  }
  const json: unknown = await response.json().catch(() => null)
  if (
    !response.ok ||
    typeof json !== 'object' ||
    json === null ||
    !Array.isArray((json as { keys?: unknown }).keys)
  ) {
    throw new UnexpectedResponseError(response.status, 'not a JSON Web Key Set')
  }
  return json as JSONWebKeySet
}

export const tokenInfoQueries = {
  all: () => ['token-info'] as const,
  jwks: (jwksUri: string) =>
    queryOptions({
      queryKey: [...tokenInfoQueries.all(), 'jwks', jwksUri] as const,
      queryFn: () => fetchJwks(jwksUri),
      staleTime: 10 * 60 * 1000,
    }),
}

/** Discovery and API client of a configured instance (not necessarily the selected one). */
export function useIssuerClient(issuer: string | undefined) {
  const query = useQuery({
    ...discoveryQueries.detail(issuer ?? ''),
    enabled: issuer !== undefined,
  })
  const discovery = query.data
  const client = discovery ? loadedClient(discovery) : undefined
  return { discovery, client, error: query.error, refetch: query.refetch }
}

export type SignatureState =
  | { status: 'checking' }
  | { status: 'valid' }
  | { status: 'mismatch' }
  | { status: 'error'; error: unknown }

/**
 * Verifies the JWT's signature with the issuing instance's published keys (JWKS). Only the
 * signature: expiry and revocation are the server's business ("Check at the server").
 */
export function useSignatureCheck(token: string, alg: string, discovery: Discovery | undefined) {
  const jwks = useQuery({
    ...tokenInfoQueries.jwks(discovery?.jwks_uri ?? ''),
    enabled: discovery !== undefined,
  })
  const [result, setResult] = useState<{ token: string; state: SignatureState }>()
  const keys = jwks.data

  useEffect(() => {
    if (!keys || !discovery) return
    let cancelled = false
    const expected = discovery.token_signing_alg_value ?? 'ES512'
    compactVerify(token, createLocalJWKSet(keys), {
      algorithms: [alg === expected ? alg : expected],
    })
      .then(() => ({ status: 'valid' }) as const)
      .catch((error: unknown): SignatureState => {
        if (
          error instanceof joseErrors.JWSSignatureVerificationFailed ||
          error instanceof joseErrors.JOSEAlgNotAllowed ||
          error instanceof joseErrors.JWKSNoMatchingKey ||
          error instanceof joseErrors.JWSInvalid
        ) {
          return { status: 'mismatch' }
        }
        return { status: 'error', error }
      })
      .then((state) => {
        if (!cancelled) setResult({ token, state })
      })
    return () => {
      cancelled = true
    }
  }, [token, alg, keys, discovery])

  if (jwks.error)
    return { state: { status: 'error', error: jwks.error } as SignatureState, retry: jwks.refetch }
  if (result && result.token === token) return { state: result.state, retry: jwks.refetch }
  return { state: { status: 'checking' } as SignatureState, retry: jwks.refetch }
}

export type Section<T> =
  | { status: 'ok'; data: T }
  | { status: 'denied' }
  /** not asked: the question would rotate the token (see `allowRotation`) */
  | { status: 'skipped' }
  | { status: 'error'; error: unknown }

export interface ServerCheck {
  introspection: Section<Introspection>
  history: Section<TokenEvent[]>
  subtokens: Section<TokenTree>
}

async function section<T>(
  capabilities: readonly string[] | undefined,
  required: string,
  skip: boolean,
  run: () => Promise<T>,
): Promise<Section<T>> {
  // known not to be allowed: do not spend a request (or a usage) on it
  if (capabilities && !hasCapability(capabilities, required)) return { status: 'denied' }
  if (skip) return { status: 'skipped' }
  try {
    return { status: 'ok', data: await run() }
  } catch (error) {
    if (isMytokenError(error, 'insufficient_capabilities')) return { status: 'denied' }
    if (isMytokenError(error, 'invalid_token')) throw error
    return { status: 'error', error }
  }
}

/**
 * "Check at the server": introspection first (an invalid token fails the whole check with
 * `invalid_token`), then event history and sub-tokens where the capabilities allow. The calls
 * run one after another, because a rotating token must not be used twice at once.
 */
export function useServerCheck(client: MytokenClient | undefined) {
  return useMutation({
    gcTime: 0,
    // offline: fail at once with a NetworkError instead of waiting silently
    networkMode: 'always',
    mutationFn: async ({
      credential,
      capabilities,
      rotation,
      allowRotation,
    }: {
      credential: Credential
      capabilities: readonly string[] | undefined
      rotation: Rotation | undefined
      /**
       * History and sub-tokens are "other" uses: for a token that rotates on them they would
       * replace the string its owner holds. Only asked for when the user agrees.
       */
      allowRotation: boolean
    }): Promise<ServerCheck> => {
      if (!client) throw new Error('no client')
      let introspection: Section<Introspection>
      try {
        introspection = { status: 'ok', data: await client.introspect(credential) }
      } catch (error) {
        // 403 comes after the token was accepted: it is valid, it just may not introspect
        if (!isMytokenError(error, 'insufficient_capabilities')) throw error
        introspection = { status: 'denied' }
      }
      const known =
        introspection.status === 'ok' ? (introspection.data.token.capabilities ?? []) : capabilities
      const policy = introspection.status === 'ok' ? introspection.data.token.rotation : rotation
      const skip = Boolean(policy?.on_other) && !allowRotation
      const history = await section(known, 'tokeninfo:history', skip, () =>
        client.eventHistory(credential),
      )
      const subtokens = await section(known, 'tokeninfo:subtokens', skip, () =>
        client.subtokens(credential),
      )
      return { introspection, history, subtokens }
    },
  })
}

/** Revokes the pasted token itself (possession is enough). Never retried automatically. */
export function useRevokePastedToken(client: MytokenClient | undefined) {
  const queryClient = useQueryClient()
  return useMutation({
    // the signed-in list (of the same instance) shows what changed
    onSuccess: () => {
      if (client) void invalidateTokenData(queryClient, client.issuer)
    },
    gcTime: 0,
    // offline: fail at once with a NetworkError instead of waiting silently
    networkMode: 'always',
    retry: false,
    mutationFn: async ({
      credential,
      recursive,
    }: {
      credential: Credential
      recursive: boolean
    }) => {
      if (!client) throw new Error('no client')
      await client.revoke(credential, { recursive })
    },
  })
}
