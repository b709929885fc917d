// The names other clients of a mytoken server give their tokens, read from their source, so the
// list can say which client a token belongs to — and this app never looks like one of them:
// - the server's built-in web interface (v0.10.1, web/static/js/login.js) names its own sign-in
//   token "mytoken-web" (rotating, AT + settings + manage_mytokens) and creates tokens with
//   application_name "mytoken webinterface";
// - the mytoken command-line client (v0.7.1) asks with application_name "mytoken client on <host>"
//   and sends the user agent "mytoken client <version>" (other programs using its library send
//   "mytokenlib").

export type KnownClient = 'builtInInterfaceSession' | 'commandLineClient' | 'mytokenLibrary'

export const BUILT_IN_INTERFACE_SESSION_NAME = 'mytoken-web'

/** Which known client made a token, from its list entry (name and, if listed, user agent). */
export function knownClientOf(entry: { name: string; user_agent?: string | undefined }) {
  if (entry.name === BUILT_IN_INTERFACE_SESSION_NAME) return 'builtInInterfaceSession'
  const agent = entry.user_agent ?? ''
  if (/^mytoken client\b/.test(agent)) return 'commandLineClient'
  if (/^mytokenlib\b/.test(agent)) return 'mytokenLibrary'
  return undefined
}
