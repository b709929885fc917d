import { Page } from '@/components/page'
import { SettingsPage } from '@/features/settings/components/settings-page'
import { defineMessages, useMessages } from '@/lib/i18n/i18n'
import { RequireSession } from '../layout/require-session'

const messages = defineMessages({
  en: { title: 'Settings' },
  de: { title: 'Einstellungen' },
})

export function SettingsRoute() {
  const t = useMessages(messages)
  return (
    <Page title={t('title')}>
      <RequireSession>
        <SettingsPage />
      </RequireSession>
    </Page>
  )
}
