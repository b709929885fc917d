// The one query-key prefix for everything read about an instance's tokens (lists, histories,
// statuses), so that whatever creates, revokes or exchanges a token, in any feature, can mark it
// stale without knowing the reader. Keys hold issuers and ids only — never a token.
import type { QueryClient } from '@tanstack/react-query'

export const tokenDataKey = (issuer: string) => ['mytoken', issuer, 'tokens'] as const

/** After a token was created, revoked, exchanged or used: what was read about tokens is stale. */
export function invalidateTokenData(queryClient: QueryClient, issuer: string): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: tokenDataKey(issuer) })
}
