import type { MytokenResponse } from './schemas'

/**
 * A mytoken the client authenticates a request with. When the server rotates it, the
 * replacement arrives in `token_update` and the client hands it to `replace` — this is the
 * only place rotation is applied, for the session token and for any other token alike.
 */
export interface Credential {
  token(): string
  replace(update: MytokenResponse): void
}

/** A credential kept in a variable only (pasted, exchanged or newly created tokens). */
export function memoryCredential(
  initial: string,
  onReplace?: (update: MytokenResponse) => void,
): Credential {
  let current = initial
  return {
    token: () => current,
    replace(update) {
      if (update.mytoken) current = update.mytoken
      onReplace?.(update)
    },
  }
}
