import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import type { MytokenClient } from '@/lib/mytoken/api/client'
import type { Credential } from '@/lib/mytoken/api/credential'
import type { ProfileEntry } from '@/lib/mytoken/api/schemas'
import { invalidateTokenData } from '@/lib/mytoken/queries/query-keys'
import { TEST_REQUEST_COMMENT } from '@/lib/mytoken/vocabulary/app-name'
import { nowSeconds } from '@/lib/mytoken/vocabulary/durations'

export const createTokenKeys = {
  all: ['create-token'] as const,
  profiles: (issuer: string) => [...createTokenKeys.all, 'profiles', issuer] as const,
}

export interface ServerProfiles {
  profiles: ProfileEntry[]
  /** epoch seconds */
  fetchedAt: number
}

/** The server's example/admin profiles (no authentication); empty when there are none. */
export function profilesQueryOptions(client: MytokenClient | undefined) {
  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- the client is identified by its issuer
  return queryOptions({
    queryKey: createTokenKeys.profiles(client?.issuer ?? ''),
    queryFn: async (): Promise<ServerProfiles> => ({
      profiles: client ? await client.listProfiles('profiles') : [],
      fetchedAt: nowSeconds(),
    }),
    enabled: client !== undefined,
    staleTime: 5 * 60 * 1000,
  })
}

// The answer below contains a secret (an access token): gcTime 0 drops it from the mutation
// cache as soon as the reveal page is left.

/** Obtains an access token with the new mytoken (uses one of its access-token uses). */
export function useTestToken(client: MytokenClient | undefined) {
  const queryClient = useQueryClient()
  return useMutation({
    // the token's history and remaining uses changed
    onSuccess: () => {
      if (client) void invalidateTokenData(queryClient, client.issuer)
    },
    gcTime: 0,
    mutationFn: (credential: Credential) => {
      if (!client) throw new Error('The mytoken server is not ready yet')
      return client.getAccessToken(credential, { comment: TEST_REQUEST_COMMENT })
    },
  })
}
