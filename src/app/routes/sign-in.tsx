import { Navigate, useNavigate, useSearchParams } from 'react-router'
import { Page } from '@/components/page'
import { RequireDiscovery } from '@/components/require-discovery'
import { SignInExplanation, SignInForm } from '@/features/session/components/sign-in-panel'
import { defineMessages, useMessages } from '@/lib/i18n/i18n'
import { useSession } from '@/lib/session/use-session'
import { paths } from '../paths'

const messages = defineMessages({
  en: { title: 'Sign in' },
  de: { title: 'Anmelden' },
})

/** Only same-app paths are accepted as where to go after signing in. */
function safeReturnPath(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : paths.tokens
}

export function SignInRoute() {
  const t = useMessages(messages)
  const session = useSession()
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const returnTo = safeReturnPath(params.get('returnTo'))
  if (session) return <Navigate to={returnTo} replace />
  return (
    <Page title={t('title')}>
      <div className="stack">
        <SignInExplanation />
        <RequireDiscovery>
          <SignInForm onSignedIn={() => void navigate(returnTo, { replace: true })} />
        </RequireDiscovery>
      </div>
    </Page>
  )
}
