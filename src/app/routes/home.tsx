import { Link } from 'react-router'
import { Page } from '@/components/page'
import { defineMessages, useMessages } from '@/lib/i18n/i18n'
import { useInstance } from '@/lib/instance/instance-provider'
import { useSession } from '@/lib/session/use-session'
import { useHydrated } from '@/lib/use-hydrated'
import { paths } from '../paths'

const messages = defineMessages({
  en: {
    title: 'Manage your mytokens',
    intro:
      'A mytoken lets your scripts and jobs obtain fresh OpenID Connect access tokens, for example for the TOAR data infrastructure, without you signing in each time. Create tokens with just the rights they need, keep an eye on them, and revoke them when they are no longer needed.',
    createTitle: 'Create a token',
    createText:
      'Start from a purpose such as “TOAR data access”; the app fills in safe settings and explains each one.',
    tokensTitle: 'My tokens',
    tokensText: 'See all your tokens with their sub-tokens, where they were used, and revoke them.',
    infoTitle: 'Check or revoke a token',
    infoText:
      'Paste any mytoken to see what it can do — and revoke it at once if it leaked. No sign-in needed.',
    server: 'Server: {name} ({issuer}), version {version}',
  },
  de: {
    title: 'Ihre mytokens verwalten',
    intro:
      'Mit einem mytoken holen sich Ihre Skripte und Jobs frische OpenID-Connect-Access-Tokens, etwa für die TOAR-Dateninfrastruktur, ohne dass Sie sich jedes Mal anmelden. Erstellen Sie Tokens mit genau den nötigen Rechten, behalten Sie sie im Blick und widerrufen Sie sie, wenn sie nicht mehr gebraucht werden.',
    createTitle: 'Token erstellen',
    createText:
      'Beginnen Sie mit einem Zweck wie „TOAR-Datenzugriff“; die App wählt sichere Einstellungen und erklärt jede davon.',
    tokensTitle: 'Meine Tokens',
    tokensText:
      'Alle Ihre Tokens mit Untertokens sehen, wo sie benutzt wurden, und sie widerrufen.',
    infoTitle: 'Token prüfen oder widerrufen',
    infoText:
      'Fügen Sie ein beliebiges mytoken ein und sehen Sie, was es kann — und widerrufen Sie es sofort, falls es öffentlich wurde. Ohne Anmeldung.',
    server: 'Server: {name} ({issuer}), Version {version}',
  },
})

export function HomeRoute() {
  const t = useMessages(messages)
  const { instance, discovery } = useInstance()
  const session = useSession()
  const hydrated = useHydrated()
  return (
    <Page title={t('title')} intro={<p>{t('intro')}</p>}>
      <ul className="cards">
        <li className="card">
          <h2>
            <Link to={paths.create}>{t('createTitle')}</Link>
          </h2>
          <p>{t('createText')}</p>
        </li>
        <li className="card">
          <h2>
            <Link to={session ? paths.tokens : paths.signIn}>{t('tokensTitle')}</Link>
          </h2>
          <p>{t('tokensText')}</p>
        </li>
        <li className="card">
          <h2>
            <Link to={paths.tokenInfo}>{t('infoTitle')}</Link>
          </h2>
          <p>{t('infoText')}</p>
        </li>
      </ul>
      {hydrated && discovery ? (
        <p className="hint">
          {t('server', {
            name: instance.name,
            issuer: discovery.issuer,
            version: discovery.version ?? '?',
          })}
        </p>
      ) : null}
    </Page>
  )
}
