// The OP's own interaction routes (login form, consent page) on top of oidc-provider's interaction API.
//   GET  /interaction/:uid          login form or consent page, depending on the prompt
//   POST /interaction/:uid/login    check username + password
//   POST /interaction/:uid/confirm  "Allow": grant the requested scopes
//   POST /interaction/:uid/abort    "Deny": end the flow with access_denied
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Interaction, Provider } from 'oidc-provider'
import { stackConfig } from '../config.ts'
import { authenticate, findAccountBySub } from './accounts.ts'
import { consentPage, errorPage, loginPage } from './pages.ts'

function send(res: ServerResponse, status: number, html: string): void {
  res.statusCode = status
  res.setHeader('Content-Type', 'text/html; charset=utf-8')
  res.setHeader('Cache-Control', 'no-store')
  res.setHeader('X-Frame-Options', 'DENY')
  res.end(html)
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > 64 * 1024) throw new Error('form too large')
    chunks.push(chunk)
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'))
}

async function clientNameOf(provider: Provider, interaction: Interaction): Promise<string> {
  const clientId = interaction.params.client_id ?? ''
  const client = await provider.Client.find(clientId)
  return client?.clientName ?? clientId
}

function requestedScopes(interaction: Interaction): string[] {
  return [
    ...new Set(
      String(interaction.params.scope ?? '')
        .split(' ')
        .filter(Boolean),
    ),
  ]
}

function requestedResources(interaction: Interaction): string[] {
  const resource = interaction.params.resource
  if (Array.isArray(resource)) return resource.map(String)
  return typeof resource === 'string' && resource ? [resource] : []
}

async function showPrompt(
  provider: Provider,
  interaction: Interaction,
  res: ServerResponse,
): Promise<void> {
  const base = `/interaction/${interaction.uid}`
  const clientName = await clientNameOf(provider, interaction)
  if (interaction.prompt.name === 'login') {
    send(res, 200, loginPage({ action: `${base}/login`, clientName }))
    return
  }
  if (interaction.prompt.name === 'consent') {
    const account = interaction.session
      ? findAccountBySub(interaction.session.accountId)
      : undefined
    send(
      res,
      200,
      consentPage({
        allowAction: `${base}/confirm`,
        denyAction: `${base}/abort`,
        clientName,
        userName: account ? `${account.name} (${account.username})` : 'unknown user',
        scopes: requestedScopes(interaction),
        resources: requestedResources(interaction),
      }),
    )
    return
  }
  send(
    res,
    400,
    errorPage(
      'Unsupported prompt',
      `The prompt "${interaction.prompt.name}" is not supported here.`,
    ),
  )
}

async function login(
  provider: Provider,
  interaction: Interaction,
  req: IncomingMessage,
  res: ServerResponse,
) {
  const form = await readForm(req)
  const username = form.get('username') ?? ''
  const account = authenticate(username, form.get('password') ?? '')
  if (!account) {
    const clientName = await clientNameOf(provider, interaction)
    send(
      res,
      200,
      loginPage({
        action: `/interaction/${interaction.uid}/login`,
        clientName,
        username,
        error: 'Wrong username or password.',
      }),
    )
    return
  }
  await provider.interactionFinished(
    req,
    res,
    { login: { accountId: account.sub } },
    { mergeWithLastSubmission: false },
  )
}

async function confirm(
  provider: Provider,
  interaction: Interaction,
  req: IncomingMessage,
  res: ServerResponse,
) {
  await readForm(req)
  const accountId = interaction.session?.accountId
  const clientId = interaction.params.client_id
  if (interaction.prompt.name !== 'consent' || !accountId || !clientId) {
    send(res, 400, errorPage('Cannot continue', 'There is nothing to allow at this step.'))
    return
  }
  // Each authorization of the mytoken server gets a grant of its own, as at a real AAI: revoking
  // one mytoken makes the server revoke its refresh token, and oidc-provider revokes every token
  // of that grant — with a shared grant, the user's other mytokens would stop working too.
  const reuse = clientId !== stackConfig.provider.mytokenClient.clientId
  const existing =
    reuse && interaction.grantId ? await provider.Grant.find(interaction.grantId) : undefined
  const grant = existing ?? new provider.Grant({ accountId, clientId })
  const { details } = interaction.prompt
  // Grant everything that was asked for (prompt=consent asks again for scopes granted before).
  // (Grant#addOIDCScope keeps duplicates within one string; they would show up in token responses.)
  const granted = new Set(grant.getOIDCScope().split(' ').filter(Boolean))
  const scopes = [
    ...new Set([...requestedScopes(interaction), ...(details.missingOIDCScope ?? [])]),
  ].filter((scope) => !granted.has(scope))
  if (scopes.length) grant.addOIDCScope(scopes.join(' '))
  if (details.missingOIDCClaims?.length) grant.addOIDCClaims(details.missingOIDCClaims)
  for (const [indicator, resourceScopes] of Object.entries(details.missingResourceScopes ?? {})) {
    grant.addResourceScope(indicator, resourceScopes.join(' '))
  }
  const grantId = await grant.save()
  await provider.interactionFinished(
    req,
    res,
    { consent: existing ? {} : { grantId } },
    { mergeWithLastSubmission: true },
  )
}

async function abort(provider: Provider, req: IncomingMessage, res: ServerResponse) {
  await readForm(req)
  await provider.interactionFinished(
    req,
    res,
    { error: 'access_denied', error_description: 'End-User denied the request' },
    { mergeWithLastSubmission: false },
  )
}

/** Handles a request under /interaction/; answers 404 for anything else there. */
export async function handleInteraction(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
) {
  const url = new URL(req.url ?? '/', 'http://local')
  const match = /^\/interaction\/([\w-]+)(?:\/(login|confirm|abort))?\/?$/.exec(url.pathname)
  if (!match) {
    send(res, 404, errorPage('Not found', 'There is no such page.'))
    return
  }
  const [, uid, action] = match
  let interaction: Interaction
  try {
    interaction = await provider.interactionDetails(req, res)
  } catch {
    send(
      res,
      400,
      errorPage(
        'Sign-in expired',
        'This sign-in request is no longer valid. Go back to the application and start again.',
      ),
    )
    return
  }
  if (interaction.uid !== uid) {
    send(res, 400, errorPage('Sign-in mismatch', 'This page belongs to another sign-in request.'))
    return
  }
  if (req.method === 'GET' && action === undefined) return showPrompt(provider, interaction, res)
  if (req.method === 'POST' && action === 'login') return login(provider, interaction, req, res)
  if (req.method === 'POST' && action === 'confirm') return confirm(provider, interaction, req, res)
  if (req.method === 'POST' && action === 'abort') return abort(provider, req, res)
  res.setHeader('Allow', action === undefined ? 'GET' : 'POST')
  send(res, 405, errorPage('Method not allowed', 'This page cannot be used like that.'))
}
