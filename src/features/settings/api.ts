import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import { usePollingFlow } from '@/lib/consent-flow/use-consent-flow'
import type { MytokenClient, SshKeySpec } from '@/lib/mytoken/api/client'
import type { Credential } from '@/lib/mytoken/api/credential'
import { invalidateTokenData } from '@/lib/mytoken/queries/query-keys'

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

/** Adding a key: the server's consent page and polling, like signing in. */
export function useAddSshKeyFlow(api: MytokenClient, credential: Credential) {
  const queryClient = useQueryClient()
  const steps = (spec: SshKeySpec) => ({
    start: () => api.startAddSshKey(credential, spec),
    poll: (code: string) => api.pollAddSshKey(code),
  })
  const refreshKeys = () =>
    void queryClient.invalidateQueries({ queryKey: settingsQueries.all(api.issuer) })
  // approved: the key is listed, and the token it holds is one of the user's tokens
  const flow = usePollingFlow(steps, () => {
    refreshKeys()
    void invalidateTokenData(queryClient, api.issuer)
  })
  /** after the lines were shown (and perhaps tried): the list shows "last used" as it is now */
  return { flow, refreshKeys }
}
