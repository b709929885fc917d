import { lazy, Suspense, useState } from 'react'
import { Alert } from '@/components/ui/alert'
import { defineMessages, useMessages } from '@/lib/i18n/i18n'
import { sessionNotice, type SessionEndReason } from '@/lib/session/session-notice'

// loaded only when needed, to keep the sign-in code out of every page's first load
const SignInPanel = lazy(async () => ({
  default: (await import('@/features/session/components/sign-in-panel')).SignInPanel,
}))

const messages = defineMessages({
  en: {
    expired: 'Your session has expired',
    revoked: 'Your session has ended',
    revokedText:
      'The server no longer accepts this app’s session token (it was revoked or replaced). Nothing you entered on this page was lost.',
    expiredText: 'Sessions last a few hours. Nothing you entered on this page was lost.',
    signIn: 'Sign in again',
    dismiss: 'Dismiss',
    unconfirmed: 'You are signed out on this device',
    unconfirmedText:
      'The server could not be reached to revoke the session token. It stays valid until it expires (at most 8 hours after you signed in), but it is no longer stored anywhere in this browser.',
  },
  de: {
    expired: 'Ihre Sitzung ist abgelaufen',
    revoked: 'Ihre Sitzung wurde beendet',
    revokedText:
      'Der Server akzeptiert das Sitzungstoken dieser App nicht mehr (es wurde widerrufen oder ersetzt). Ihre Eingaben auf dieser Seite sind erhalten.',
    expiredText: 'Sitzungen dauern einige Stunden. Ihre Eingaben auf dieser Seite sind erhalten.',
    signIn: 'Erneut anmelden',
    dismiss: 'Schließen',
    unconfirmed: 'Sie sind auf diesem Gerät abgemeldet',
    unconfirmedText:
      'Der Server war nicht erreichbar, um das Sitzungstoken zu widerrufen. Es bleibt bis zu seinem Ablauf gültig (höchstens 8 Stunden nach der Anmeldung), ist aber nirgends mehr in diesem Browser gespeichert.',
  },
})

/** Why the session ended, with a way to sign in again right here. */
export function SessionEndedAlert({ reason }: { reason: SessionEndReason }) {
  const t = useMessages(messages)
  const [signingIn, setSigningIn] = useState(false)
  if (signingIn) {
    // Signing in right here keeps everything the user has on this page.
    return (
      <Suspense fallback={<p role="status">…</p>}>
        <SignInPanel onSignedIn={() => setSigningIn(false)} />
      </Suspense>
    )
  }
  const text = {
    expired: [t('expired'), t('expiredText')],
    revoked: [t('revoked'), t('revokedText')],
    'sign-out-unconfirmed': [t('unconfirmed'), t('unconfirmedText')],
  }[reason]
  return (
    <Alert
      tone="warning"
      title={text[0]!}
      actions={
        <>
          <button type="button" className="button" onClick={() => setSigningIn(true)}>
            {t('signIn')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => sessionNotice.set(undefined)}
          >
            {t('dismiss')}
          </button>
        </>
      }
    >
      <p>{text[1]}</p>
    </Alert>
  )
}
