import { nextTask } from '../../next-task'
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

// A rotating token is replaced by every answer, so two requests with the same credential in
// flight would send the second one an already replaced string (and with auto-revoke, the server
// then revokes the whole token tree). Every request that carries a token therefore goes through
// `oneAtATime` (the client's `request`; the boot script's early token list joins at the app's
// start), which runs the requests of one credential one after another, each reading the token
// when it is its turn and handing any `token_update` to the credential before the next starts.
//
// Starting a request costs the main thread a few milliseconds, and a page's first render starts
// several in its effects: a request that waits for no other starts in a task of its own. One
// queued behind another starts as soon as that one has finished, in the same task: the app never
// looks idle (a reload would lose the token the server has just rotated to) between the two.
const credentialQueues = new WeakMap<Credential, Promise<void>>()

export function oneAtATime<T>(
  credential: Credential | undefined,
  run: () => Promise<T>,
  /** at once, in this task (a request while the page unloads has no later task) */
  now = false,
): Promise<T> {
  const start = () => (now ? run() : nextTask().then(run))
  if (!credential) return start()
  const previous = credentialQueues.get(credential)
  const next = previous ? previous.then(run) : start()
  const settled = next.then(
    () => undefined,
    () => undefined,
  )
  credentialQueues.set(credential, settled)
  void settled.then(() => {
    if (credentialQueues.get(credential) === settled) credentialQueues.delete(credential)
  })
  return next
}
