import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { Link } from 'react-router'
import { Page } from '@/components/page'
import { ManageByCode } from '@/features/notifications/components/manage-by-code'
import { tokenQueries } from '@/features/tokens/api'
import { defineMessages, useMessages } from '@/lib/i18n/i18n'
import { useInstance } from '@/lib/instance/instance-provider'
import type { MytokenClient } from '@/lib/mytoken/api/client'
import { tokenChoices } from '@/lib/mytoken/vocabulary/token-tree'
import { useSession } from '@/lib/session/use-session'
import { useHydrated } from '@/lib/use-hydrated'
import { paths } from '../paths'

const messages = defineMessages({
  en: { title: 'Manage a notification', back: 'All my notifications' },
  de: { title: 'Eine Benachrichtigung verwalten', back: 'Alle meine Benachrichtigungen' },
})

/** Works signed out too: the management code alone identifies the notification. */
export function NotificationManageRoute() {
  const t = useMessages(messages)
  const { client } = useInstance()
  const session = useSession()
  // a cached discovery document can make the client ready before hydration: render the
  // prerendered (client-less) markup first
  const hydrated = useHydrated()
  return (
    <Page title={t('title')}>
      {hydrated && client ? (
        <ManageWithNames client={client} sessionMomId={session?.momId} />
      ) : null}
      {session ? (
        <p>
          <Link to={paths.notifications}>{t('back')}</Link>
        </p>
      ) : null}
    </Page>
  )
}

function ManageWithNames({
  client,
  sessionMomId,
}: {
  client: MytokenClient
  sessionMomId: string | undefined
}) {
  const list = useQuery({
    ...tokenQueries.list(client, sessionMomId ?? ''),
    enabled: sessionMomId !== undefined,
  })
  const names = useMemo(
    () =>
      new Map(
        tokenChoices(list.data, sessionMomId ?? '').map((token) => [token.momId, token.name]),
      ),
    [list.data, sessionMomId],
  )
  return <ManageByCode client={client} tokenNames={names} />
}
