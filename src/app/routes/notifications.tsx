import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { Link, useSearchParams } from 'react-router'
import { Page } from '@/components/page'
import { notificationQueries } from '@/features/notifications/api'
import { EmailSettings } from '@/features/notifications/components/email-settings'
import { Subscriptions } from '@/features/notifications/components/subscriptions'
import { subscriptionMessages, emailMessages } from '@/features/notifications/messages'
import { tokenQueries } from '@/features/tokens/api'
import { defineMessages, useMessages } from '@/lib/i18n/i18n'
import { useInstance } from '@/lib/instance/instance-provider'
import type { MytokenClient } from '@/lib/mytoken/api/client'
import type { Session } from '@/lib/mytoken/browser-state/stored-session'
import { APPLICATION_NAME } from '@/lib/mytoken/vocabulary/app-name'
import { tokenChoices } from '@/lib/mytoken/vocabulary/token-tree'
import { useSession } from '@/lib/session/use-session'
import { RequireSession } from '../layout/require-session'
import { paths } from '../paths'

const messages = defineMessages({
  en: {
    title: 'Notifications',
    intro:
      'Let the mytoken server e-mail you when your tokens are used, refused or about to expire.',
  },
  de: {
    title: 'Benachrichtigungen',
    intro:
      'Lassen Sie sich vom mytoken-Server per E-Mail benachrichtigen, wenn Ihre Tokens genutzt, abgelehnt werden oder bald ablaufen.',
  },
})

export function NotificationsRoute() {
  const t = useMessages(messages)
  return (
    <Page title={t('title')} intro={<p>{t('intro')}</p>}>
      <RequireSession>
        <NotificationsSignedIn />
      </RequireSession>
    </Page>
  )
}

function NotificationsSignedIn() {
  const { client, discovery } = useInstance()
  const session = useSession()
  if (!client || !discovery || !session) return null
  const providerName =
    discovery.providers_supported.find((p) => p.issuer === session.providerIssuer)?.name ??
    session.providerIssuer
  return <NotificationsContent client={client} session={session} providerName={providerName} />
}

function NotificationsContent({
  client,
  session,
  providerName,
}: {
  client: MytokenClient
  session: Session
  providerName: string
}) {
  const te = useMessages(emailMessages)
  const ts = useMessages(subscriptionMessages)
  const [params] = useSearchParams()
  const list = useQuery(tokenQueries.list(client, session.momId))
  // the sections' own data (shared through the query cache): shown together once all of it is
  // known, so that the first section growing never pushes the second one down
  const subscriptions = useQuery(notificationQueries.list(client, session.momId))
  const tokens = useMemo(() => tokenChoices(list.data, session.momId), [list.data, session.momId])

  if (list.isPending || subscriptions.isPending) {
    return <p role="status">{te('loading')}</p>
  }
  return (
    <div className="stack">
      <section aria-labelledby="email-heading" className="stack">
        <h2 id="email-heading">{te('heading')}</h2>
        <EmailSettings
          client={client}
          session={{
            momId: session.momId,
            providerIssuer: session.providerIssuer,
            providerName,
            applicationName: APPLICATION_NAME,
          }}
        />
      </section>
      <section aria-labelledby="subscriptions-heading" className="stack">
        <h2 id="subscriptions-heading">{ts('heading')}</h2>
        <Subscriptions
          client={client}
          sessionMomId={session.momId}
          tokens={tokens}
          preselectedMomId={params.get('token') ?? undefined}
        />
        <p>
          <Link to={paths.notificationManage}>{ts('manageLink')}</Link>
        </p>
      </section>
    </div>
  )
}
