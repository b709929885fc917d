import { Alert } from '@/components/ui/alert'
import { defineMessages, useMessages } from '@/lib/i18n/i18n'
import { releasedClaims, useIdentity } from '../identity'

const messages = defineMessages({
  en: {
    title: 'Your identity at the provider',
    loading: 'Asking the provider who you are…',
    show: 'Show my name and e-mail',
    interaction:
      'To show your name and which of your attributes the provider releases, sign in to the provider once more in a small window.',
    popupFailed: 'The provider window did not complete: {detail}',
    name: 'Name',
    email: 'E-mail',
    claims: 'Attributes requested from the provider',
    released: 'released',
    notReleased: 'not released',
    scope: 'scope {scope}',
    unavailable:
      'This instance is not configured for signing in to the provider directly, so only your mytoken session is shown.',
  },
  de: {
    title: 'Ihre Identität beim Provider',
    loading: 'Der Provider wird nach Ihrer Identität gefragt…',
    show: 'Meinen Namen und meine E-Mail zeigen',
    interaction:
      'Um Ihren Namen und die vom Provider freigegebenen Attribute zu zeigen, melden Sie sich in einem kleinen Fenster noch einmal beim Provider an.',
    popupFailed: 'Das Provider-Fenster wurde nicht abgeschlossen: {detail}',
    name: 'Name',
    email: 'E-Mail',
    claims: 'Beim Provider angefragte Attribute',
    released: 'freigegeben',
    notReleased: 'nicht freigegeben',
    scope: 'Scope {scope}',
    unavailable:
      'Diese Instanz ist nicht für eine direkte Anmeldung beim Provider eingerichtet; daher wird nur Ihre mytoken-Sitzung gezeigt.',
  },
})

export function IdentitySummary() {
  const t = useMessages(messages)
  const identity = useIdentity()
  if (!identity.available) return <p className="hint">{t('unavailable')}</p>
  if (identity.isLoading) return <p role="status">{t('loading')}</p>
  if (!identity.user) {
    return (
      <div className="stack">
        <p>{t('interaction')}</p>
        <button
          type="button"
          className="button"
          onClick={identity.signInWithPopup}
          disabled={identity.isPopupPending}
        >
          {t('show')}
        </button>
        {identity.popupError ? (
          <Alert tone="error" title={t('popupFailed', { detail: identity.popupError.message })} />
        ) : null}
      </div>
    )
  }
  const profile = identity.user.profile as Record<string, unknown>
  return (
    <section aria-labelledby="identity-title" className="stack">
      <h2 id="identity-title">{t('title')}</h2>
      <dl className="facts">
        <dt>{t('name')}</dt>
        <dd>{String(profile.name ?? '—')}</dd>
        <dt>{t('email')}</dt>
        <dd>{String(profile.email ?? '—')}</dd>
      </dl>
      <h3>{t('claims')}</h3>
      <ul className="claims">
        {releasedClaims(profile).map((claim) => (
          <li key={claim.claim}>
            <span aria-hidden="true">{claim.released ? '✓' : '✕'}</span> <code>{claim.claim}</code>{' '}
            ({t('scope', { scope: claim.scope })}):{' '}
            {claim.released ? t('released') : t('notReleased')}
          </li>
        ))}
      </ul>
    </section>
  )
}
