import { useEffect, useState } from 'react'
import { useErrorMessage } from '@/components/errors/error-messages'
import { Alert } from '@/components/ui/alert'
import { formatDateTime, formatRelative } from '@/lib/i18n/format-time'
import { useLanguage, useMessages } from '@/lib/i18n/i18n'
import type { MytokenClient } from '@/lib/mytoken/api/client'
import type { Credential } from '@/lib/mytoken/api/credential'
import { isMytokenError } from '@/lib/mytoken/api/errors'
import type { Rotation } from '@/lib/mytoken/api/schemas'
import { useCreateTransferCode } from '@/lib/mytoken/queries/transfer-codes'
import { rotates } from '@/lib/mytoken/vocabulary/restrictions'
import { useRevokePastedToken, useServerCheck } from '../api'
import { tokenInfoMessages } from '../messages'
import { RevokePastedTokenDialog } from './revoke-pasted-token-dialog'
import { ServerCheckResult } from './server-check-result'
import { TransferCodeDisplay } from './transfer-code-display'

interface Props {
  client: MytokenClient
  instanceName: string
  credential: Credential
  /** from the decoded JWT; undefined for a short token */
  capabilities: readonly string[] | undefined
  exp: number | undefined
  rotation: Rotation | undefined
  isShortToken: boolean
  /** told once the server no longer accepts the token (revoked here, or found invalid) */
  onNoLongerValid?: () => void
}

/** Actions that send the pasted token to its instance, each started by the user. */
export function ServerPanel({
  client,
  instanceName,
  credential,
  capabilities,
  exp,
  rotation,
  isShortToken,
  onNoLongerValid,
}: Props) {
  const t = useMessages(tokenInfoMessages)
  const { language } = useLanguage()
  const describe = useErrorMessage()
  const check = useServerCheck(client)
  const revoke = useRevokePastedToken(client)
  const createCode = useCreateTransferCode(client)
  const [dialogOpen, setDialogOpen] = useState(false)
  const [revokedByMe, setRevokedByMe] = useState(false)

  // one state for the whole page: once the token is gone, nothing offers to use it
  const noLongerValid = revokedByMe || isMytokenError(check.error, 'invalid_token')
  useEffect(() => {
    if (noLongerValid) onNoLongerValid?.()
  }, [noLongerValid, onNoLongerValid])

  const knownCapabilities =
    capabilities ??
    (check.data?.introspection.status === 'ok'
      ? (check.data.introspection.data.token.capabilities ?? [])
      : undefined)

  function runCheck(allowRotation = false) {
    check.mutate({ credential, capabilities, rotation, allowRotation })
  }

  function handleRevoke(recursive: boolean) {
    revoke.mutate(
      { credential, recursive },
      {
        onSuccess: () => {
          setRevokedByMe(true)
          runCheck()
        },
      },
    )
  }

  function invalidText(): string {
    const nowMs = check.submittedAt
    if (exp !== undefined && exp * 1000 <= nowMs) {
      return t('invalidExpired', {
        relative: formatRelative(exp * 1000, language, nowMs),
        absolute: formatDateTime(exp * 1000, language),
      })
    }
    return rotates(rotation) ? t('invalidRotating') : t('invalidGeneric')
  }

  return (
    <section className="stack" aria-labelledby="server-heading">
      <h2 id="server-heading">{t('serverHeading', { instance: instanceName })}</h2>
      <p className="hint">{t('serverIntro', { instance: instanceName })}</p>
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          disabled={check.isPending}
          onClick={() => runCheck()}
        >
          {t('check')}
        </button>
        <button
          type="button"
          className="button button-danger"
          // stays enabled (not `disabled`) so focus can return to it from the dialog
          aria-disabled={revoke.isPending || noLongerValid}
          onClick={() => {
            if (!revoke.isPending && !noLongerValid) setDialogOpen(true)
          }}
        >
          {t('revoke')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={createCode.isPending || noLongerValid}
          onClick={() => createCode.mutate(credential)}
        >
          {t('createCode')}
        </button>
      </div>

      <div aria-live="polite" className="stack">
        {revoke.isPending ? <p>{t('revoking')}</p> : null}
        {revoke.isError ? (
          <Alert tone="error" title={t('revokeFailed')}>
            <p>{describe(revoke.error)}</p>
          </Alert>
        ) : null}

        {createCode.isError ? (
          <Alert tone="error" title={t('createCodeFailed')}>
            <p>{describe(createCode.error)}</p>
          </Alert>
        ) : null}
        {createCode.data?.transfer_code ? (
          <div className="card stack">
            <h3>{t('createdCodeTitle')}</h3>
            <p>{t('createdCodeText')}</p>
            <TransferCodeDisplay
              key={createCode.data.transfer_code}
              code={createCode.data.transfer_code}
              expiresIn={createCode.data.expires_in ?? 300}
            />
          </div>
        ) : null}

        {check.isPending ? <p>{t('checking')}</p> : null}
        {check.isError ? (
          isMytokenError(check.error, 'invalid_token') ? (
            <Alert tone="error" title={t('invalidTitle')}>
              {revokedByMe ? <p>{t('revokedByYou')}</p> : null}
              <p>{invalidText()}</p>
            </Alert>
          ) : (
            <Alert
              tone="error"
              title={t('checkFailed')}
              actions={
                <button type="button" className="button" onClick={() => runCheck()}>
                  {t('retry')}
                </button>
              }
            >
              <p>{describe(check.error)}</p>
            </Alert>
          )
        ) : null}
      </div>
      {check.data && !noLongerValid ? (
        <ServerCheckResult
          result={check.data}
          isShortToken={isShortToken}
          onAllowRotation={() => runCheck(true)}
        />
      ) : null}

      <RevokePastedTokenDialog
        open={dialogOpen}
        capabilities={knownCapabilities}
        onConfirm={handleRevoke}
        onClose={() => setDialogOpen(false)}
      />
    </section>
  )
}
