import { Page } from '@/components/page'
import { TokenInfoPage } from '@/features/token-info/components/token-info-page'
import { defineMessages, useMessages } from '@/lib/i18n/i18n'

const messages = defineMessages({
  en: { title: 'Token info' },
  de: { title: 'Token-Info' },
})

/** Works signed out: someone who found a leaked token can inspect and revoke it. */
export function TokenInfoRoute() {
  const t = useMessages(messages)
  return (
    <Page title={t('title')}>
      <TokenInfoPage />
    </Page>
  )
}
