import { queryOptions } from '@tanstack/react-query'
import type { MytokenClient, ProfileKind } from '@/lib/mytoken/api/client'

export const PROFILE_KINDS: readonly ProfileKind[] = [
  'profiles',
  'capabilities',
  'restrictions',
  'rotation',
]

export type OfferedProfiles = Record<ProfileKind, string[]>

/** The names of the server's profiles and templates of its default group (no authentication). */
export function offeredProfilesQueryOptions(client: MytokenClient) {
  return queryOptions({
    queryKey: ['about', 'offered-profiles', client.issuer] as const,
    queryFn: async (): Promise<OfferedProfiles> => {
      const lists = await Promise.all(PROFILE_KINDS.map((kind) => client.listProfiles(kind)))
      const names = lists.map((list) => list.map((entry) => entry.name).sort())
      return Object.fromEntries(
        PROFILE_KINDS.map((kind, i) => [kind, names[i]!]),
      ) as OfferedProfiles
    },
    staleTime: 5 * 60 * 1000,
  })
}
