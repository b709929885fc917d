import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query'
import { isMytokenError } from './mytoken/api/errors'
import { sessionStore } from './mytoken/browser-state/session-store'
import { sessionNotice } from './session/session-notice'

/**
 * Queries and mutations that authenticate with the session token set `meta.session: true`. An
 * `invalid_token` answer to one of them means the session is gone (revoked elsewhere or
 * expired): the app forgets it and says why.
 */
function endSessionOnInvalidToken(error: Error, meta: Record<string, unknown> | undefined) {
  if (meta?.session === true && isMytokenError(error, 'invalid_token') && sessionStore.get()) {
    const session = sessionStore.get()
    const expired = session?.expiresAt !== undefined && session.expiresAt <= Date.now()
    sessionStore.clear()
    sessionNotice.set(expired ? 'expired' : 'revoked')
  }
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => endSessionOnInvalidToken(error, query.meta),
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) =>
        endSessionOnInvalidToken(error, mutation.meta),
    }),
    defaultOptions: {
      // Offline is reported as a network error with a retry, instead of silently pausing.
      queries: {
        networkMode: 'always',
        staleTime: 30_000,
        retry: (failureCount, error) => {
          // Client errors (4xx) will not change on retry; network errors and 5xx may.
          if (isMytokenError(error) && error.status < 500) return false
          return failureCount < 2
        },
        refetchOnWindowFocus: true,
      },
      // Nothing that creates or revokes a token is ever retried automatically.
      mutations: { retry: false, networkMode: 'always' },
    },
  })
}

declare module '@tanstack/react-query' {
  interface Register {
    queryMeta: { session?: boolean }
    mutationMeta: { session?: boolean }
  }
}
