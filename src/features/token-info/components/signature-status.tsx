import { useErrorMessage } from '@/components/errors/error-messages'
import { Alert } from '@/components/ui/alert'
import { useMessages } from '@/lib/i18n/i18n'
import type { Discovery } from '@/lib/mytoken/api/schemas'
import { useSignatureCheck } from '../api'
import { tokenInfoMessages } from '../messages'

export function SignatureStatus({
  token,
  alg,
  discovery,
  discoveryError,
  instanceName,
  noLongerValid = false,
}: {
  /** the server no longer accepts the token: a genuine signature is then no good news */
  noLongerValid?: boolean
  token: string
  alg: string
  discovery: Discovery | undefined
  discoveryError: unknown
  instanceName: string
}) {
  const t = useMessages(tokenInfoMessages)
  const describe = useErrorMessage()
  const { state, retry } = useSignatureCheck(token, alg, discovery)
  const retryButton = (
    <button type="button" className="button" onClick={() => void retry()}>
      {t('retry')}
    </button>
  )
  let body
  if (discoveryError) {
    body = (
      <Alert tone="warning" title={t('signatureError', { detail: describe(discoveryError) })} />
    )
  } else if (state.status === 'checking') {
    body = <p>{t('signatureChecking', { instance: instanceName })}</p>
  } else if (state.status === 'valid') {
    body = noLongerValid ? (
      <p>{t('signatureValidButEnded', { instance: instanceName })}</p>
    ) : (
      <Alert tone="success" title={t('signatureValid', { instance: instanceName })} />
    )
  } else if (state.status === 'mismatch') {
    body = <Alert tone="error" title={t('signatureMismatch', { instance: instanceName })} />
  } else {
    body = (
      <Alert
        tone="warning"
        title={t('signatureError', { detail: describe(state.error) })}
        actions={retryButton}
      />
    )
  }
  return (
    <div className="stack">
      <h3>{t('signatureHeading')}</h3>
      <div aria-live="polite">{body}</div>
    </div>
  )
}
