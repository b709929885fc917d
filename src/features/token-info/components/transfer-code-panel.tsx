import { useErrorMessage } from '@/components/errors/error-messages'
import { SecretBox } from '@/components/secret-box'
import { ActionWithResult } from '@/components/ui/action-with-result'
import { useMessages } from '@/lib/i18n/i18n'
import type { MytokenClient } from '@/lib/mytoken/api/client'
import { isMytokenError } from '@/lib/mytoken/api/errors'
import { useExchangeTransferCode } from '@/lib/mytoken/queries/transfer-codes'
import { tokenInfoMessages } from '../messages'

/** A pasted transfer code: exchange it for the token it stands for (shown once). */
export function TransferCodePanel({
  code,
  client,
  instanceName,
  onInspect,
}: {
  code: string
  client: MytokenClient
  instanceName: string
  onInspect: (token: string) => void
}) {
  const t = useMessages(tokenInfoMessages)
  const describe = useErrorMessage()
  const exchange = useExchangeTransferCode(client)

  function errorText(error: unknown): string {
    if (isMytokenError(error, 'expired_token')) return t('codeExpired')
    if (isMytokenError(error, 'invalid_token')) return t('codeUsed', { instance: instanceName })
    return describe(error)
  }

  const token = exchange.data?.mytoken
  return (
    <section className="stack" aria-labelledby="code-heading">
      <h2 id="code-heading">{t('codeHeading')}</h2>
      <p>{t('codeText', { instance: instanceName })}</p>
      <ActionWithResult
        label={t('exchange')}
        state={exchange}
        buttonClassName="button button-primary"
        disabled={token !== undefined}
        pendingText={t('exchanging')}
        errorTitle={t('exchangeFailed')}
        errorText={errorText}
        liveClassName="stack"
        onRun={() => exchange.mutate(code)}
      >
        {token ? (
          <div className="card stack">
            <h3>{t('exchangedTitle')}</h3>
            <p>{t('exchangedText')}</p>
            <SecretBox label={t('revealLabel')} secret={token} fileName="mytoken.txt" />
            <div>
              <button type="button" className="button" onClick={() => onInspect(token)}>
                {t('inspectExchanged')}
              </button>
            </div>
          </div>
        ) : null}
      </ActionWithResult>
    </section>
  )
}
