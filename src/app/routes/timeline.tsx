import { Page } from '@/components/page'
import { TokenTimeline } from '@/features/tokens/components/token-timeline'
import { defineMessages, useMessages } from '@/lib/i18n/i18n'
import { RequireSession } from '../layout/require-session'
import { tokenDetailsPath } from '../paths'
import { TokenViews } from './token-views'

const messages = defineMessages({
  en: {
    title: 'Timeline of my tokens',
    intro: 'When each of your tokens was created and when it expires, next to today.',
  },
  de: {
    title: 'Zeitleiste meiner Tokens',
    intro: 'Wann jedes Ihrer Tokens erstellt wurde und wann es abläuft, im Vergleich zu heute.',
  },
})

export function TimelineRoute() {
  const t = useMessages(messages)
  return (
    <Page title={t('title')} intro={<p>{t('intro')}</p>}>
      <RequireSession>
        <TokenViews />
        <TokenTimeline details={tokenDetailsPath} />
      </RequireSession>
    </Page>
  )
}
