import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import type { MytokenClient, SshKeySpec } from '@/lib/mytoken/client'
import type { Credential } from '@/lib/mytoken/credential'

/** Query keys hold no token: the step-up credential is passed to the query function only. */
export const settingsQueries = {
  all: (issuer: string) => ['mytoken', issuer, 'settings'] as const,
  grantTypes: (api: MytokenClient, credential: Credential) =>
    // eslint-disable-next-line @tanstack/query/exhaustive-deps -- the token must never enter a key
    queryOptions({
      queryKey: [...settingsQueries.all(api.issuer), 'grant-types'] as const,
      queryFn: () => api.listGrantTypes(credential),
      gcTime: 0,
    }),
  sshKeys: (api: MytokenClient, credential: Credential) =>
    // eslint-disable-next-line @tanstack/query/exhaustive-deps -- the token must never enter a key
    queryOptions({
      queryKey: [...settingsQueries.all(api.issuer), 'ssh-keys'] as const,
      queryFn: () => api.sshInfo(credential),
      gcTime: 0,
    }),
}

/** Turns a grant type on or off; never retried automatically. */
export function useSetGrantType(api: MytokenClient, credential: Credential) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ grantType, enabled }: { grantType: string; enabled: boolean }) =>
      api.setGrantType(credential, grantType, enabled),
    onSettled: () => queryClient.invalidateQueries({ queryKey: settingsQueries.all(api.issuer) }),
  })
}

export function useDeleteSshKey(api: MytokenClient, credential: Credential) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (fingerprint: string) => api.deleteSshKey(credential, fingerprint),
    onSettled: () =>
      queryClient.invalidateQueries({
        queryKey: settingsQueries.sshKeys(api, credential).queryKey,
      }),
  })
}

export function sshKeyFlowSteps(api: MytokenClient, credential: Credential) {
  return (spec: SshKeySpec) => ({
    start: () => api.startAddSshKey(credential, spec),
    poll: (code: string) => api.pollAddSshKey(code),
  })
}
