import '../access-token.css'
import { useState } from 'react'
import { ConsentProgress } from '@/components/consent-progress'
import { useErrorMessage } from '@/components/errors/error-messages'
import { Alert } from '@/components/ui/alert'
import { useMessages } from '@/lib/i18n/i18n'
import type { MytokenClient } from '@/lib/mytoken/api/client'
import { NetworkError, isMytokenError } from '@/lib/mytoken/api/errors'
import type { Provider } from '@/lib/mytoken/api/schemas'
import { useOneAccessToken } from '../api'
import { accessTokenMessages } from '../messages'
import {
  checkAccessTokenForm,
  planAccessToken,
  type AccessTokenFormValues,
  type FormProblem,
} from '../model'
import { AccessTokenForm } from './access-token-form'
import { AccessTokenResult } from './access-token-result'

/** What failed after the approval, in words: the server's or the provider's refusal, or the network. */
function useFailureMessage() {
  const t = useMessages(accessTokenMessages)
  const describe = useErrorMessage()
  return (error: unknown): string => {
    if (error instanceof NetworkError) return t('exchangeNetwork')
    if (isMytokenError(error, 'insufficient_capabilities'))
      return t('noCapability', { capability: 'AT' })
    if (isMytokenError(error, 'usage_restricted')) return t('restricted')
    if (isMytokenError(error, 'oidc_error'))
      return t('providerRefused', { detail: error.description ?? error.code })
    if (isMytokenError(error) && error.status < 500)
      return t('serverRefused', { detail: error.description ?? error.code })
    return describe(error)
  }
}

export function AccessTokenPage({
  client,
  providers,
  initialValues,
  applicationName,
}: {
  client: MytokenClient
  providers: readonly Provider[]
  initialValues: AccessTokenFormValues
  applicationName: string
}) {
  const t = useMessages(accessTokenMessages)
  const failureMessage = useFailureMessage()
  const [values, setValues] = useState(initialValues)
  const [problems, setProblems] = useState<FormProblem[]>([])
  const oneToken = useOneAccessToken(client)
  const { flow, action } = oneToken
  const providerName =
    providers.find((p) => p.issuer === values.providerIssuer)?.name ?? values.providerIssuer

  function submit(): boolean {
    const found = checkAccessTokenForm(values, providers)
    setProblems(found)
    if (found.length > 0) return false
    oneToken.start(planAccessToken(values, applicationName))
    return true
  }

  return (
    <div className="stack access-token">
      <Alert tone="info" title={t('memoryOnly')} />
      {action.status === 'success' && action.data ? (
        <AccessTokenResult obtained={action.data} onForget={oneToken.reset} />
      ) : null}
      <AccessTokenForm
        providers={providers}
        values={values}
        onChange={(next) => {
          setValues(next)
          if (problems.length > 0) setProblems(checkAccessTokenForm(next, providers))
        }}
        problems={problems}
        onSubmit={submit}
        busy={flow.status === 'pending' || action.status === 'pending'}
      />
      <ConsentProgress flow={flow} providerName={providerName} onRetry={oneToken.reset} />
      {action.status === 'pending' ? <p role="status">{t('exchanging')}</p> : null}
      {action.status === 'error' ? (
        <Alert
          tone="error"
          title={t('failedTitle')}
          actions={
            <button type="button" className="button" onClick={oneToken.reset}>
              {t('tryAgain')}
            </button>
          }
        >
          <p>{failureMessage(action.error)}</p>
        </Alert>
      ) : null}
    </div>
  )
}
