import { useRef, useState } from 'react'
import { ConsentProgress } from '@/components/consent-progress'
import { ProviderOptions } from '@/components/provider-options'
import { Alert } from '@/components/ui/alert'
import { Field } from '@/components/ui/field'
import { useConsentFlow } from '@/lib/consent-flow/use-consent-flow'
import { defineMessages, useMessages } from '@/lib/i18n/i18n'
import { useInstance } from '@/lib/instance/instance-provider'
import { browserId } from '@/lib/mytoken/browser-state/browser-sessions'
import { sessionStore } from '@/lib/mytoken/browser-state/session-store'
import { sessionNotice } from '@/lib/session/session-notice'
import { useEndSessionsLeftBehind } from '../end-left-sessions'
import { leftSessions } from '../left-sessions'
import {
  SESSION_LIFETIME_SECONDS,
  sessionFromResult,
  sessionTokenRequest,
} from '../session-request'

const messages = defineMessages({
  en: {
    provider: 'Sign in with',
    providerHint: 'The organisation account you use for research services.',
    start: 'Sign in',
    explain:
      'Signing in opens the mytoken server in a new tab. There you approve a session token for this app (it can list, inspect and revoke your tokens for {hours} hours, but cannot obtain access tokens), and sign in at your provider.',
    noProviders: 'This mytoken instance offers no OpenID provider.',
  },
  de: {
    provider: 'Anmelden mit',
    providerHint: 'Das Konto Ihrer Einrichtung, das Sie für Forschungsdienste nutzen.',
    start: 'Anmelden',
    explain:
      'Beim Anmelden öffnet sich der mytoken-Server in einem neuen Tab. Dort bestätigen Sie ein Sitzungstoken für diese App (es kann {hours} Stunden lang Ihre Tokens auflisten, prüfen und widerrufen, aber keine Access Tokens holen) und melden sich bei Ihrem Provider an.',
    noProviders: 'Diese mytoken-Instanz bietet keinen OpenID-Provider an.',
  },
})

/** What signing in does; needs nothing of the server, so the prerendered shell has it too. */
export function SignInExplanation() {
  const t = useMessages(messages)
  return <p>{t('explain', { hours: SESSION_LIFETIME_SECONDS / 3600 })}</p>
}

/** The explanation, then the provider choice and the button (under a `RequireDiscovery`). */
export function SignInPanel({ onSignedIn }: { onSignedIn: () => void }) {
  return (
    <div className="stack">
      <SignInExplanation />
      <SignInForm onSignedIn={onSignedIn} />
    </div>
  )
}

/** The provider choice, the button and the consent flow's progress; needs discovery. */
export function SignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const t = useMessages(messages)
  const { client, discovery, instance } = useInstance()
  const providers = discovery?.providers_supported ?? []
  const [providerIssuer, setProviderIssuer] = useState(() => providers[0]?.issuer ?? '')
  const provider = providers.find((p) => p.issuer === providerIssuer) ?? providers[0]

  const endSessionsLeftBehind = useEndSessionsLeftBehind()
  const namedFor = useRef<string | undefined>(undefined)
  const flow = useConsentFlow(client, (result) => {
    if (!provider) return
    const session = sessionFromResult(result, instance.issuer, provider.issuer, Date.now())
    sessionNotice.set(undefined)
    leftSessions.report(undefined)
    sessionStore.set(session)
    // the id the session was named for, even if another tab stored a different one meanwhile
    const browser = namedFor.current ?? browserId()
    if (client) endSessionsLeftBehind.mutate({ client, session, browser })
    onSignedIn()
  })

  if (!provider) return <Alert tone="error" title={t('noProviders')} />

  const start = () => {
    namedFor.current = browserId()
    flow.start(sessionTokenRequest(provider.issuer, Date.now(), namedFor.current))
  }
  const busy = flow.status === 'pending'

  return (
    <>
      <form
        className="sign-in-form"
        onSubmit={(event) => {
          event.preventDefault()
          start()
        }}
      >
        {providers.length > 1 ? (
          <Field label={t('provider')} hint={t('providerHint')}>
            {(props) => (
              <select
                {...props}
                value={provider.issuer}
                disabled={busy}
                onChange={(event) => setProviderIssuer(event.target.value)}
              >
                <ProviderOptions providers={providers} />
              </select>
            )}
          </Field>
        ) : null}
        <button type="submit" className="button button-primary" disabled={busy}>
          {providers.length > 1
            ? t('start')
            : `${t('start')} – ${provider.name ?? provider.issuer}`}
        </button>
      </form>
      <ConsentProgress
        flow={flow}
        providerName={provider.name ?? provider.issuer}
        onRetry={start}
      />
    </>
  )
}
