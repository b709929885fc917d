// The HTML of the local OP's login, consent and error pages (small, accessible, no inline styles).
import { demoUsers, stackConfig, testUserPrefix } from '../config.ts'

const opName = stackConfig.provider.name
export const stylesheetPath = '/assets/local-op.css'

export const stylesheet = `
:root { color-scheme: light dark; font-family: system-ui, sans-serif; }
body { margin: 0; display: grid; place-items: start center; min-height: 100vh; background: Canvas; color: CanvasText; }
main { width: min(26rem, 100% - 2rem); margin-top: 3rem; padding: 1.5rem; border: 1px solid GrayText; border-radius: 0.5rem; }
h1 { font-size: 1.4rem; margin-top: 0; }
.op { font-size: 0.85rem; opacity: 0.8; margin-top: -0.5rem; }
label { display: block; margin-top: 0.8rem; font-weight: 600; }
input { display: block; width: 100%; box-sizing: border-box; padding: 0.5rem; font-size: 1rem; margin-top: 0.25rem; }
button { margin-top: 1rem; padding: 0.55rem 1.2rem; font-size: 1rem; cursor: pointer; }
.actions { display: flex; gap: 0.75rem; }
.actions form { margin: 0; }
.error { border-left: 4px solid #c62828; padding: 0.5rem 0.75rem; background: rgb(198 40 40 / 0.1); }
.hint { font-size: 0.85rem; opacity: 0.85; margin-top: 1.5rem; }
ul.scopes li { margin: 0.3rem 0; }
code { font-size: 0.9em; }
`

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — ${escapeHtml(opName)}</title>
<link rel="stylesheet" href="${stylesheetPath}">
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`
}

export function loginPage(options: {
  action: string
  clientName: string
  username?: string
  error?: string
}): string {
  const error = options.error
    ? `<p class="error" role="alert">${escapeHtml(options.error)}</p>\n`
    : ''
  const demo = demoUsers.map(
    (u) => `<code>${escapeHtml(u.username)}</code> / <code>${escapeHtml(u.password)}</code>`,
  )
  return page(
    'Sign in',
    `<h1>Sign in</h1>
<p class="op">${escapeHtml(opName)} · to continue to <strong>${escapeHtml(options.clientName)}</strong></p>
${error}<form method="post" action="${escapeHtml(options.action)}">
<label for="username">Username</label>
<input id="username" name="username" autocomplete="username" autocapitalize="none" spellcheck="false" required${
      options.username ? ` value="${escapeHtml(options.username)}"` : ' autofocus'
    }>
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required${options.username ? ' autofocus' : ''}>
<button type="submit">Sign in</button>
</form>
<p class="hint">Local test accounts: ${demo.join(', ')}; or any <code>${escapeHtml(testUserPrefix)}…</code> user with the test password.</p>`,
  )
}

const scopeDescriptions: Record<string, string> = {
  openid: 'Sign you in with your user identifier',
  profile: 'Your name and username',
  email: 'Your e-mail address',
  eduperson_unique_id: 'Your unique Helmholtz ID',
  offline_access: 'Keep access while you are not signed in (refresh token)',
}

export function consentPage(options: {
  allowAction: string
  denyAction: string
  clientName: string
  userName: string
  scopes: string[]
  resources: string[]
}): string {
  const items = options.scopes.map(
    (s) =>
      `<li><strong>${escapeHtml(scopeDescriptions[s] ?? s)}</strong> (<code>${escapeHtml(s)}</code>)</li>`,
  )
  const resources = options.resources.length
    ? `<p>For use at: ${options.resources.map((r) => `<code>${escapeHtml(r)}</code>`).join(', ')}</p>\n`
    : ''
  return page(
    'Allow access',
    `<h1>Allow access?</h1>
<p class="op">${escapeHtml(opName)} · signed in as <strong>${escapeHtml(options.userName)}</strong></p>
<p><strong>${escapeHtml(options.clientName)}</strong> asks for:</p>
<ul class="scopes">
${items.join('\n')}
</ul>
${resources}<div class="actions">
<form method="post" action="${escapeHtml(options.allowAction)}"><button type="submit" name="decision" value="allow">Allow</button></form>
<form method="post" action="${escapeHtml(options.denyAction)}"><button type="submit" name="decision" value="deny">Deny</button></form>
</div>`,
  )
}

export function errorPage(title: string, message: string): string {
  return page(title, `<h1>${escapeHtml(title)}</h1>\n<p role="alert">${escapeHtml(message)}</p>`)
}

/** oidc-provider's RP-initiated logout confirmation; `form` is its hidden form (id "op.logoutForm"). */
export function logoutPage(form: string, clientName: string | undefined): string {
  const from = clientName ? ` from <strong>${escapeHtml(clientName)}</strong> and` : ''
  return page(
    'Sign out',
    `<h1>Sign out?</h1>
<p>Do you want to sign out${from} from ${escapeHtml(opName)}?</p>
${form}
<div class="actions">
<button type="submit" form="op.logoutForm" name="logout" value="yes" autofocus>Sign out</button>
<button type="submit" form="op.logoutForm">Stay signed in</button>
</div>`,
  )
}

export function loggedOutPage(clientName: string | undefined): string {
  const from = clientName ? ` from ${escapeHtml(clientName)}` : ''
  return page('Signed out', `<h1>Signed out</h1>\n<p>You have signed out${from}.</p>`)
}

export function oidcErrorPage(out: Record<string, unknown>): string {
  const rows = Object.entries(out).map(
    ([key, value]) =>
      `<dt>${escapeHtml(key)}</dt><dd><code>${escapeHtml(String(value))}</code></dd>`,
  )
  return page(
    'Error',
    `<h1>Something went wrong</h1>\n<dl role="alert">\n${rows.join('\n')}\n</dl>`,
  )
}
