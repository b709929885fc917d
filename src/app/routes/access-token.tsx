import { useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { Page } from '@/components/page'
import { RequireDiscovery } from '@/components/require-discovery'
import { AccessTokenPage } from '@/features/access-token/components/access-token-page'
import { accessTokenMessages } from '@/features/access-token/messages'
import { initialFormValues } from '@/features/access-token/model'
import { useMessages } from '@/lib/i18n/i18n'
import { useInstance } from '@/lib/instance/instance-provider'
import { APPLICATION_NAME } from '@/lib/mytoken/vocabulary/app-name'
import { useSession } from '@/lib/session/use-session'

/** Works signed out too: the access token comes from a consent flow of its own. */
export function AccessTokenRoute() {
  const t = useMessages(accessTokenMessages)
  return (
    <Page title={t('title')} intro={<p>{t('intro')}</p>}>
      <RequireDiscovery>
        <AccessTokenReady />
      </RequireDiscovery>
    </Page>
  )
}

function AccessTokenReady() {
  const { client, discovery } = useInstance()
  const session = useSession()
  const [params] = useSearchParams()
  const providers = discovery?.providers_supported
  const sessionProvider = session?.providerIssuer
  // read once: later changes of the session or the link do not overwrite what the user chose
  const initialValues = useMemo(
    () => initialFormValues(providers ?? [], params, sessionProvider),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [providers],
  )
  if (!client || !providers) return null
  return (
    <AccessTokenPage
      client={client}
      providers={providers}
      initialValues={initialValues}
      applicationName={APPLICATION_NAME}
    />
  )
}
