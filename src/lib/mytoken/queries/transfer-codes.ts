// Transfer codes: a short code that stands for a mytoken for a few minutes. The answers contain
// secrets, so gcTime 0 drops them from the mutation cache as soon as the page is left.
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { MytokenClient } from '../api/client'
import type { Credential } from '../api/credential'
import { invalidateTokenData } from './query-keys'

/** The token's history changed (and an exchange may be the first sight of it in a list). */
function useInvalidateTokenData(client: MytokenClient | undefined) {
  const queryClient = useQueryClient()
  return () => {
    if (client) void invalidateTokenData(queryClient, client.issuer)
  }
}

function requireClient(client: MytokenClient | undefined): MytokenClient {
  if (!client) throw new Error('The mytoken server is not ready yet')
  return client
}

/**
 * A request whose answer is a secret (a code or a token): not cached, and when offline it fails
 * at once with a NetworkError instead of waiting silently.
 */
function useSecretMutation<Input, Answer>(
  client: MytokenClient | undefined,
  request: (client: MytokenClient, input: Input) => Promise<Answer>,
) {
  const onSuccess = useInvalidateTokenData(client)
  return useMutation({
    onSuccess,
    gcTime: 0,
    networkMode: 'always',
    mutationFn: (input: Input) => request(requireClient(client), input),
  })
}

/** Creates a transfer code for the token behind `credential`. */
export function useCreateTransferCode(client: MytokenClient | undefined) {
  return useSecretMutation(client, (ready, credential: Credential) =>
    ready.createTransferCode(credential),
  )
}

/** Exchanges a transfer code for the token it stands for. */
export function useExchangeTransferCode(client: MytokenClient | undefined) {
  return useSecretMutation(client, (ready, code: string) => ready.exchangeTransferCode(code))
}
