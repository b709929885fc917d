import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { Page } from '@/components/page'
import { Calendars } from '@/features/calendars/components/calendars'
import { tokenQueries } from '@/features/tokens/api'
import { defineMessages, useMessages } from '@/lib/i18n/i18n'
import { useInstance } from '@/lib/instance/instance-provider'
import { tokenChoices } from '@/lib/mytoken/vocabulary/token-tree'
import { useSession } from '@/lib/session/use-session'
import { RequireSession } from '../layout/require-session'

const messages = defineMessages({
  en: {
    title: 'Calendars',
    intro:
      'Put the expiry dates of your tokens into your calendar app: each calendar is an ICS feed with an event (and reminders) when a token expires.',
  },
  de: {
    title: 'Kalender',
    intro:
      'Bringen Sie die Ablaufdaten Ihrer Tokens in Ihre Kalender-App: Jeder Kalender ist ein ICS-Feed mit einem Termin (und Erinnerungen), wenn ein Token abläuft.',
  },
})

export function CalendarsRoute() {
  const t = useMessages(messages)
  return (
    <Page title={t('title')} intro={<p>{t('intro')}</p>}>
      <RequireSession>
        <CalendarsSignedIn />
      </RequireSession>
    </Page>
  )
}

function CalendarsSignedIn() {
  const { client } = useInstance()
  const session = useSession()
  const sessionMomId = session?.momId ?? ''
  const list = useQuery({
    ...tokenQueries.list(client!, sessionMomId),
    enabled: Boolean(client && session),
  })
  const tokens = useMemo(() => tokenChoices(list.data, sessionMomId), [list.data, sessionMomId])
  if (!client || !session) return null
  return <Calendars client={client} sessionMomId={session.momId} tokens={tokens} />
}
