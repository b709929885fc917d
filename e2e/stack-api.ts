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

/** Whether the server still accepts this token (introspection; 401 means it does not). */
export async function isTokenValid(token: string): Promise<boolean> {
  const client = await stackClient()
  try {
    const answer = await client.introspect(memoryCredential(token))
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
    await client.getAccessToken(memoryCredential(token), { comment: 'e2e check' })
    return true
  } catch (error) {
    if (isMytokenError(error, 'invalid_token') || isMytokenError(error, 'usage_restricted'))
      return false
    throw error
  }
}
