import { useQuery } from '@tanstack/react-query'
import { LoadError } from '@/components/errors/load-error'
import { Page } from '@/components/page'
import { IdentitySummary } from '@/features/identity/components/identity-summary'
import { sessionQueries } from '@/features/session/api'
import { formatDateTime, formatRelative } from '@/lib/i18n/format-time'
import { defineMessages, useLanguage, useMessages } from '@/lib/i18n/i18n'
import { useInstance, useMytokenClient } from '@/lib/instance/instance-provider'
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
    status: 'Accepted by the server',
    checking: 'checking…',
    yes: 'yes (checked just now)',
    no: 'no',
    checkFailed: 'The server could not be asked whether it still accepts your session',
  },
  de: {
    title: 'Konto',
    session: 'Ihre Sitzung',
    server: 'mytoken-Server',
    provider: 'OpenID-Provider',
    expires: 'Sitzung endet',
    never: 'kein Ablauf',
    status: 'Vom Server akzeptiert',
    checking: 'wird geprüft…',
    yes: 'ja (gerade geprüft)',
    no: 'nein',
    checkFailed: 'Der Server konnte nicht gefragt werden, ob er Ihre Sitzung noch akzeptiert',
  },
})

function SessionFacts() {
  const t = useMessages(messages)
  const { language } = useLanguage()
  const session = useSession()
  const { discovery } = useInstance()
  const client = useMytokenClient()
  const status = useQuery({
    ...sessionQueries.status(client, session?.momId ?? ''),
    enabled: Boolean(session),
    // "checked just now": ask on every visit, even when the session watch asked a moment ago
    refetchOnMount: 'always',
  })
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
        <dt>{t('status')}</dt>
        <dd>
          {status.data ? (status.data.valid ? t('yes') : t('no')) : null}
          {status.isPending && status.fetchStatus === 'fetching' ? t('checking') : null}
        </dd>
      </dl>
      {/* a failed check says so and offers another try, instead of "checking…" for ever */}
      {status.isError ? (
        <LoadError
          title={t('checkFailed')}
          error={status.error}
          onRetry={() => void status.refetch()}
        />
      ) : null}
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
