import { useState } from 'react'
import { useErrorMessage } from '@/components/errors/error-messages'
import { Alert } from '@/components/ui/alert'
import { useLanguage, useMessages } from '@/lib/i18n/i18n'
import { formatDateTime, formatRelative } from '@/lib/i18n/format-time'
import type { MytokenClient } from '@/lib/mytoken/client'
import type { Credential } from '@/lib/mytoken/credential'
import { isMytokenError } from '@/lib/mytoken/errors'
import type { Rotation, TokenTree } from '@/lib/mytoken/schemas'
import { describeEvent } from '@/lib/mytoken/events'
import { rotates, withUsageCounts } from '@/lib/mytoken/restrictions'
import { useCreateTransferCode } from '@/lib/mytoken/transfer-codes'
import { useRevokePastedToken, useServerCheck, type ServerCheck } from '../api'
import { tokenInfoMessages } from '../messages'
import { CapabilityList, RestrictionList } from './decoded-token'
import { RevokeDialog } from './revoke-dialog'
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
}

function SubtokenTree({ nodes }: { nodes: TokenTree[] }) {
  const t = useMessages(tokenInfoMessages)
  const { language } = useLanguage()
  const tm = useMessages(tokenInfoMessages)
  return (
    <ul>
      {nodes.map((node) => (
        <li key={node.token.mom_id}>
          {t('subtokenEntry', {
            name: node.token.name || tm('unnamed'),
            created: formatDateTime(node.token.created * 1000, language),
          })}
          {node.children?.length ? <SubtokenTree nodes={node.children} /> : null}
        </li>
      ))}
    </ul>
  )
}

function CheckResult({
  result,
  isShortToken,
  onAllowRotation,
}: {
  result: ServerCheck
  isShortToken: boolean
  onAllowRotation: () => void
}) {
  const t = useMessages(tokenInfoMessages)
  const { language } = useLanguage()
  const describe = useErrorMessage()
  const [now] = useState(() => Date.now())
  const { introspection, history, subtokens } = result
  return (
    <div className="stack">
      {introspection.status === 'ok' ? (
        <>
          <Alert tone="success" title={t('validTitle')} />
          {isShortToken ? (
            <>
              <h3>{t('capabilitiesHeading')}</h3>
              <p>
                {t('name')}: {introspection.data.token.name || t('unnamed')}
              </p>
              <CapabilityList capabilities={introspection.data.token.capabilities ?? []} />
            </>
          ) : null}
          <h3>{t('usageHeading')}</h3>
          <RestrictionList
            restrictions={introspection.data.token.restrictions?.map(withUsageCounts)}
            now={now}
            headingLevel={4}
          />
        </>
      ) : (
        <Alert tone="success" title={t('validNoIntrospect')} />
      )}
      {history.status === 'skipped' || subtokens.status === 'skipped' ? (
        <Alert
          tone="info"
          title={t('skippedTitle')}
          actions={
            <button type="button" className="button" onClick={onAllowRotation}>
              {t('askAnyway')}
            </button>
          }
        >
          <p>{t('skippedText')}</p>
        </Alert>
      ) : null}
      <h3>{t('historyHeading')}</h3>
      {history.status === 'skipped' ? (
        <p>{t('notAsked')}</p>
      ) : history.status === 'denied' ? (
        <p>{t('historyDenied')}</p>
      ) : history.status === 'error' ? (
        <p>{t('sectionFailed', { detail: describe(history.error) })}</p>
      ) : history.data.length === 0 ? (
        <p>{t('historyEmpty')}</p>
      ) : (
        <ul className="events">
          {history.data.map((event, i) => (
            <li key={i}>
              <time dateTime={new Date(event.time * 1000).toISOString()}>
                {formatDateTime(event.time * 1000, language)}
              </time>
              :{' '}
              {t('historyEvent', {
                event: describeEvent(event.event, language),
                ip: event.ip ?? '?',
              })}
              {event.comment ? ` (${event.comment})` : ''}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('subtokensHeading')}</h3>
      {subtokens.status === 'skipped' ? (
        <p>{t('notAsked')}</p>
      ) : subtokens.status === 'denied' ? (
        <p>{t('subtokensDenied')}</p>
      ) : subtokens.status === 'error' ? (
        <p>{t('sectionFailed', { detail: describe(subtokens.error) })}</p>
      ) : subtokens.data.children?.length ? (
        <SubtokenTree nodes={subtokens.data.children} />
      ) : (
        <p>{t('subtokensNone')}</p>
      )}
    </div>
  )
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
}: Props) {
  const t = useMessages(tokenInfoMessages)
  const { language } = useLanguage()
  const describe = useErrorMessage()
  const check = useServerCheck(client)
  const revoke = useRevokePastedToken(client)
  const createCode = useCreateTransferCode(client)
  const [dialogOpen, setDialogOpen] = useState(false)
  const [revokedByMe, setRevokedByMe] = useState(false)

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
          aria-disabled={revoke.isPending}
          onClick={() => {
            if (!revoke.isPending) setDialogOpen(true)
          }}
        >
          {t('revoke')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={createCode.isPending}
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
        {revokedByMe ? <Alert tone="success" title={t('revokedByYou')} /> : null}

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
      {check.data ? (
        <CheckResult
          result={check.data}
          isShortToken={isShortToken}
          onAllowRotation={() => runCheck(true)}
        />
      ) : null}

      <RevokeDialog
        open={dialogOpen}
        capabilities={knownCapabilities}
        onConfirm={handleRevoke}
        onClose={() => setDialogOpen(false)}
      />
    </section>
  )
}
