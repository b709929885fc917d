import { useState } from 'react'
import { useErrorMessage } from '@/components/errors/error-messages'
import { Dialog } from '@/components/ui/dialog'
import { CheckboxField } from '@/components/ui/field'
import { useMessages } from '@/lib/i18n/i18n'
import type { MytokenClient } from '@/lib/mytoken/api/client'
import { displayableName } from '@/lib/text/isolate'
import { useRevokeTokens, type RevokeResult, type RevokeTarget } from '../api'
import { commonMessages, revokeMessages } from '../messages'

export interface RevokeDialogTarget extends RevokeTarget {
  descendantCount: number
}

/**
 * Confirmation for revoking one or more tokens, open while mounted. It names every token,
 * offers "also revoke sub-tokens", then shows one result line per token.
 */
export function RevokeTokensDialog({
  client,
  sessionMomId,
  targets,
  onClose,
}: {
  client: MytokenClient
  sessionMomId: string
  targets: RevokeDialogTarget[]
  onClose: (results: RevokeResult[] | undefined) => void
}) {
  const t = useMessages(revokeMessages)
  const tc = useMessages(commonMessages)
  const describe = useErrorMessage()
  const descendantCount = targets.reduce((sum, target) => sum + target.descendantCount, 0)
  const [recursive, setRecursive] = useState(descendantCount > 0)
  const revoke = useRevokeTokens(client, sessionMomId)
  const results = revoke.data

  const close = () => {
    if (revoke.isPending) return
    onClose(results)
  }

  const nameOf = (target: RevokeTarget) =>
    target.name ? displayableName(target.name) : tc('unnamed')
  const failed = results?.filter((r) => !r.ok).length ?? 0
  const title =
    targets.length === 1
      ? t('titleOne', { name: nameOf(targets[0]!) })
      : t('titleMany', { count: targets.length })

  return (
    <Dialog open title={title} onClose={close} className="token-dialog">
      {results === undefined ? (
        <form
          className="stack"
          onSubmit={(event) => {
            event.preventDefault()
            revoke.mutate({
              targets: targets.map(({ momId, name, ancestorIds }) => ({
                momId,
                name,
                ancestorIds,
              })),
              recursive,
            })
          }}
        >
          <p>{t('lead')}</p>
          <ul className="token-dialog-names">
            {targets.map((target) => (
              <li key={target.momId}>
                <strong>{nameOf(target)}</strong>
                {target.descendantCount > 0 ? (
                  <span className="hint">
                    {' '}
                    (
                    {target.descendantCount === 1
                      ? tc('subtokenCountOne')
                      : tc('subtokenCount', { count: target.descendantCount })}
                    )
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
          <CheckboxField
            label={t('recursive')}
            hint={t('recursiveHint', { count: descendantCount })}
            checked={recursive}
            onChange={setRecursive}
          />
          {revoke.isError ? (
            <p className="field-error" role="alert">
              {revoke.error && 'code' in revoke.error && revoke.error.code === 'invalid_token'
                ? t('sessionEnded')
                : describe(revoke.error)}
            </p>
          ) : null}
          {revoke.isPending ? (
            <p role="status">
              {targets.length === 1
                ? t('workingOne', { name: nameOf(targets[0]!) })
                : t('working', { count: targets.length })}
            </p>
          ) : null}
          <div className="token-dialog-actions">
            <button type="submit" className="button button-danger" disabled={revoke.isPending}>
              {targets.length === 1 ? t('confirm') : t('confirmMany', { count: targets.length })}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={close}
              disabled={revoke.isPending}
            >
              {t('cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div className="stack">
          <div role="status" className="stack">
            <p>
              <strong>{t('summary', { ok: results.length - failed, failed })}</strong>
            </p>
            <ul className="token-results">
              {results.map((result) => (
                <li
                  key={result.target.momId}
                  className={result.ok ? 'token-result-ok' : 'token-result-failed'}
                >
                  <span aria-hidden="true">{result.ok ? '✓ ' : '✕ '}</span>
                  {result.ok
                    ? t(result.withParent ? 'okWithParent' : 'ok', { name: nameOf(result.target) })
                    : t('failed', { name: nameOf(result.target), reason: describe(result.error) })}
                </li>
              ))}
            </ul>
            {failed > 0 ? <p className="hint">{t('failedHint')}</p> : null}
          </div>
          <div className="token-dialog-actions">
            {/* eslint-disable-next-line jsx-a11y/no-autofocus -- focus the only action once the results replace the form */}
            <button type="button" className="button button-primary" onClick={close} autoFocus>
              {t('close')}
            </button>
          </div>
        </div>
      )}
    </Dialog>
  )
}
