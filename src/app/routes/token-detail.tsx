import { useParams } from 'react-router'
import { Page } from '@/components/page'
import { TokenDetails } from '@/features/tokens/components/token-details'
import { defineMessages, useMessages } from '@/lib/i18n/i18n'
import { RequireSession } from '../layout/require-session'
import { paths, tokenDetailsPath } from '../paths'

const messages = defineMessages({
  en: { title: 'Token details' },
  de: { title: 'Token-Details' },
})

const links = { details: tokenDetailsPath, create: paths.create, list: paths.tokens }

export function TokenDetailRoute() {
  const t = useMessages(messages)
  // react-router hands the segment over decoded: the mom_id with its `+ / =`
  const { momId = '' } = useParams()
  return (
    <Page title={t('title')}>
      <RequireSession>
        <TokenDetails key={momId} momId={momId} links={links} />
      </RequireSession>
    </Page>
  )
}
