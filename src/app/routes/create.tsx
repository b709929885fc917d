import { useNavigate } from 'react-router'
import { Page } from '@/components/page'
import { CreateTokenPage } from '@/features/create-token/components/create-token-page'
import { ReplacedTokenOffer } from '@/features/tokens/review/replaced-token-offer'
import { defineMessages, useMessages } from '@/lib/i18n/i18n'
import { RequireSession } from '../layout/require-session'
import { paths } from '../paths'

const messages = defineMessages({
  en: {
    title: 'Create a mytoken',
    intro:
      'A mytoken lets your scripts and jobs obtain access tokens without you signing in each time. Choose what it is for; every setting is explained and can be changed.',
  },
  de: {
    title: 'Ein mytoken erstellen',
    intro:
      'Mit einem mytoken holen Ihre Skripte und Jobs Access Tokens, ohne dass Sie sich jedes Mal anmelden. Wählen Sie, wofür es ist; jede Einstellung ist erklärt und änderbar.',
  },
})

export function CreateRoute() {
  const t = useMessages(messages)
  const navigate = useNavigate()
  return (
    <Page title={t('title')}>
      <p className="intro">{t('intro')}</p>
      <CreateTokenPage
        onDone={() => void navigate(paths.tokens)}
        guardForm={(form) => <RequireSession>{form}</RequireSession>}
        replacedOffer={(old) => <ReplacedTokenOffer momId={old.momId} name={old.name} />}
      />
    </Page>
  )
}
