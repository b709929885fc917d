// Transfer codes: a short code that stands for a mytoken for a few minutes. The answers contain
// secrets, so gcTime 0 drops them from the mutation cache as soon as the page is left.
import { useMutation } from '@tanstack/react-query'
import type { MytokenClient } from './client'
import type { Credential } from './credential'

function requireClient(client: MytokenClient | undefined): MytokenClient {
  if (!client) throw new Error('The mytoken server is not ready yet')
  return client
}

/** Creates a transfer code for the token behind `credential`. */
export function useCreateTransferCode(client: MytokenClient | undefined) {
  return useMutation({
    gcTime: 0,
    // offline: fail at once with a NetworkError instead of waiting silently
    networkMode: 'always',
    mutationFn: (credential: Credential) => requireClient(client).createTransferCode(credential),
  })
}

/** Exchanges a transfer code for the token it stands for. */
export function useExchangeTransferCode(client: MytokenClient | undefined) {
  return useMutation({
    gcTime: 0,
    networkMode: 'always',
    mutationFn: (code: string) => requireClient(client).exchangeTransferCode(code),
  })
}
