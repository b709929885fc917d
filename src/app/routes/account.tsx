import { Page } from '@/components/page'
import { IdentitySummary } from '@/features/identity/components/identity-summary'
import { defineMessages, useLanguage, useMessages } from '@/lib/i18n/i18n'
import { formatDateTime, formatRelative } from '@/lib/i18n/format-time'
import { useInstance } from '@/lib/instance/instance-provider'
import { useSession } from '@/lib/session/use-session'
import { RequireSession } from '../layout/require-session'

const messages = defineMessages({
  en: {
    title: 'Account',
    session: 'Your session',
    server: 'mytoken server',
    provider: 'OpenID provider',
    expires: 'Session ends',
    never: 'no expiry',
  },
  de: {
    title: 'Konto',
    session: 'Ihre Sitzung',
    server: 'mytoken-Server',
    provider: 'OpenID-Provider',
    expires: 'Sitzung endet',
    never: 'kein Ablauf',
  },
})

function SessionFacts() {
  const t = useMessages(messages)
  const { language } = useLanguage()
  const session = useSession()
  const { discovery } = useInstance()
  if (!session) return null
  const provider = discovery?.providers_supported.find((p) => p.issuer === session.providerIssuer)
  return (
    <section aria-labelledby="session-title" className="stack">
      <h2 id="session-title">{t('session')}</h2>
      <dl className="facts">
        <dt>{t('server')}</dt>
        <dd>{session.instanceIssuer}</dd>
        <dt>{t('provider')}</dt>
        <dd>{provider?.name ?? session.providerIssuer}</dd>
        <dt>{t('expires')}</dt>
        <dd>
          {session.expiresAt
            ? `${formatRelative(session.expiresAt, language)} (${formatDateTime(session.expiresAt, language)})`
            : t('never')}
        </dd>
      </dl>
    </section>
  )
}

export function AccountRoute() {
  const t = useMessages(messages)
  return (
    <Page title={t('title')}>
      <RequireSession>
        <SessionFacts />
        <IdentitySummary />
      </RequireSession>
    </Page>
  )
}
