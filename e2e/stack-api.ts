// Talks to the real mytoken server from the test process (Node fetch), to check the truth
// behind what the UI shows. Uses the app's own typed client.
import { createMytokenClient, fetchDiscovery, type MytokenClient } from '../src/lib/mytoken/client'
import { memoryCredential } from '../src/lib/mytoken/credential'
import { isMytokenError } from '../src/lib/mytoken/errors'
import { stackConfig } from '../stack/config'

let clientPromise: Promise<MytokenClient> | undefined

export function stackClient(): Promise<MytokenClient> {
  clientPromise ??= fetchDiscovery(stackConfig.mytoken.issuer).then((d) => createMytokenClient(d))
  return clientPromise
}

/**
 * Runs a check again when the server answers with a passing 5xx: v0.10 sometimes says
 * 500 "no db node available" when requests arrive at the same moment.
 */
async function retryingServerErrors<T>(check: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await check()
    } catch (error) {
      if (!(isMytokenError(error) && error.status >= 500) || attempt >= 4) throw error
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt))
    }
  }
}

/** Whether the server still accepts this token (introspection; 401 means it does not). */
export async function isTokenValid(token: string): Promise<boolean> {
  const client = await stackClient()
  try {
    const answer = await retryingServerErrors(() => client.introspect(memoryCredential(token)))
    return answer.valid
  } catch (error) {
    if (isMytokenError(error, 'invalid_token')) return false
    throw error
  }
}

/** Whether the token can still obtain an access token at the server (uses one AT usage). */
export async function canObtainAccessToken(token: string): Promise<boolean> {
  const client = await stackClient()
  try {
    await retryingServerErrors(() =>
      client.getAccessToken(memoryCredential(token), { comment: 'e2e check' }),
    )
    return true
  } catch (error) {
    if (isMytokenError(error, 'invalid_token') || isMytokenError(error, 'usage_restricted'))
      return false
    throw error
  }
}
