import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import type { MytokenClient } from '@/lib/mytoken/api/client'
import { isMytokenError } from '@/lib/mytoken/api/errors'
import type { TokenTree } from '@/lib/mytoken/api/schemas'
import { sessionStore } from '@/lib/mytoken/browser-state/session-store'
import { tokenDataKey } from '@/lib/mytoken/queries/query-keys'
import { tokenListQuery, tokenListsKey } from '@/lib/mytoken/queries/token-list'
import { batchedHistory } from './history-batch'
import { removeFromForest } from './model'

// Keys hold the instance issuer and non-secret ids (mom_ids) only — never a token.
export const tokenQueries = {
  all: (issuer: string) => tokenDataKey(issuer),
  lists: tokenListsKey,
  list: tokenListQuery,
  histories: (issuer: string) => [...tokenQueries.all(issuer), 'history'] as const,
  history: (client: MytokenClient, momId: string) =>
    // eslint-disable-next-line @tanstack/query/exhaustive-deps -- the issuer (in the key) names the client
    queryOptions({
      queryKey: [...tokenQueries.histories(client.issuer), momId] as const,
      queryFn: () => batchedHistory(client.issuer, client.eventHistory, momId),
      staleTime: 30_000,
      refetchOnWindowFocus: true,
      meta: { session: true },
    }),
}

export interface RevokeTarget {
  momId: string
  name: string
  /** mom_ids of the token's parent, grandparent, … (from the list's tree) */
  ancestorIds?: string[] | undefined
}

export type RevokeResult =
  | { target: RevokeTarget; ok: true; withParent?: boolean }
  | { target: RevokeTarget; ok: false; error: unknown }

export interface RevokeRequest {
  targets: RevokeTarget[]
  recursive: boolean
}

/**
 * Revokes tokens by mom_id one after the other with the session credential. Each token gets its
 * own result: one failure does not stop or hide the others. Nothing is retried automatically.
 * Only an `invalid_token` answer (the session itself is gone) aborts, and ends the session.
 */
export function useRevokeTokens(client: MytokenClient | undefined, sessionMomId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    meta: { session: true },
    mutationFn: async ({ targets, recursive }: RevokeRequest): Promise<RevokeResult[]> => {
      if (!client) throw new Error('The mytoken server is not known yet.')
      const listKey = tokenQueries.list(client, sessionMomId).queryKey
      const results: RevokeResult[] = []
      // Recursively, parents go first and a selected token below an already revoked one is
      // reported as revoked with it instead of failing as "unknown".
      const ordered = recursive
        ? [...targets].sort((a, b) => (a.ancestorIds?.length ?? 0) - (b.ancestorIds?.length ?? 0))
        : targets
      const revoked = new Set<string>()
      for (const target of ordered) {
        if (recursive && target.ancestorIds?.some((id) => revoked.has(id))) {
          revoked.add(target.momId)
          results.push({ target, ok: true, withParent: true })
          continue
        }
        try {
          await client.revoke(sessionStore.credential(), { momId: target.momId, recursive })
          revoked.add(target.momId)
          results.push({ target, ok: true })
          // show the effect at once; the refetch below confirms it
          queryClient.setQueryData<TokenTree[]>(listKey, (forest) =>
            forest ? removeFromForest(forest, target.momId, recursive) : forest,
          )
          queryClient.removeQueries({
            queryKey: tokenQueries.history(client, target.momId).queryKey,
          })
        } catch (error) {
          if (isMytokenError(error, 'invalid_token')) throw error
          results.push({ target, ok: false, error })
        }
      }
      return results
    },
    onSettled: async () => {
      if (client) await queryClient.invalidateQueries({ queryKey: tokenQueries.all(client.issuer) })
    },
  })
}
