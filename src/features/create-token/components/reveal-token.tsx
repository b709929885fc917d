import { useEffect, useId, useRef, useState } from 'react'
import { useBlocker } from 'react-router'
import { CodeSnippet } from '@/components/code-snippet'
import { SecretBox } from '@/components/secret-box'
import { ActionWithResult } from '@/components/ui/action-with-result'
import { Alert } from '@/components/ui/alert'
import { Dialog } from '@/components/ui/dialog'
import { formatDateTime, formatRelative } from '@/lib/i18n/format-time'
import { useLanguage, useMessages } from '@/lib/i18n/i18n'
import type { MytokenClient } from '@/lib/mytoken/api/client'
import { memoryCredential } from '@/lib/mytoken/api/credential'
import type { Discovery } from '@/lib/mytoken/api/schemas'
import { useCreateTransferCode } from '@/lib/mytoken/queries/transfer-codes'
import { formatDuration } from '@/lib/mytoken/vocabulary/durations'
import { mytokenName } from '@/lib/mytoken/vocabulary/jwt'
import { describeRestriction, describeRotation } from '@/lib/mytoken/vocabulary/restrictions'
import { displayableName } from '@/lib/text/isolate'
import { useTestToken } from '../api'
import { revealMessages } from '../messages'
import { snippets, tokenFileName } from '../snippets'
import type { CreatedToken } from './create-token-form'

/** The show-once page after creation; the token lives in this component's state only. */
export function RevealToken({
  created,
  client,
  discovery,
  onDone,
}: {
  created: CreatedToken
  client: MytokenClient
  discovery: Discovery
  onDone: () => void
}) {
  const t = useMessages(revealMessages)
  const { language } = useLanguage()
  const { response } = created
  const [token, setToken] = useState(response.mytoken ?? '')
  const [rotated, setRotated] = useState(false)
  const [credential] = useState(() =>
    memoryCredential(response.mytoken ?? '', (update) => {
      if (update.mytoken) {
        setToken(update.mytoken)
        setRotated(true)
      }
    }),
  )
  const [stored, setStored] = useState(false)
  const [showAT, setShowAT] = useState(false)
  const testToken = useTestToken(client)
  const transfer = useCreateTransferCode(client)
  const storedHintId = useId()

  // Leaving asks first until the user confirms: in-app navigation and reload/close.
  const blocker = useBlocker(!stored)
  // The form was replaced by this page: move focus here so keyboard and screen-reader users follow.
  const topRef = useRef<HTMLDivElement>(null)
  useEffect(() => topRef.current?.focus(), [])
  useEffect(() => {
    if (stored) return
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault()
      event.returnValue = ''
    }
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [stored])

  const isTransfer = response.mytoken_type === 'transfer_code' && !response.mytoken
  const name = (token ? mytokenName(token) : undefined) ?? created.requestedName
  const fileName = tokenFileName(name)
  const expiresAt =
    response.expires_in !== undefined ? created.createdAt + response.expires_in * 1000 : undefined
  const code = snippets(discovery, fileName)

  return (
    <div className="stack reveal" ref={topRef} tabIndex={-1}>
      {isTransfer ? (
        <Alert tone="success" title={t('transferReadyTitle')}>
          <p>
            {t('transferReadyText', { minutes: Math.round((response.expires_in ?? 300) / 60) })}
          </p>
        </Alert>
      ) : (
        <Alert tone="success" title={t('readyTitle')}>
          <p>{t('readyText')}</p>
        </Alert>
      )}

      {isTransfer ? (
        <SecretBox label={t('transferLabel')} secret={response.transfer_code ?? ''} />
      ) : (
        <SecretBox label={t('tokenLabel')} secret={token} fileName={fileName} />
      )}
      {rotated ? <p role="status">{t('rotated')}</p> : null}

      <section className="card stack-small" aria-labelledby="created-title">
        <h2 id="created-title">{t('whatYouGot')}</h2>
        <p className="hint">{t('whatYouGotHint')}</p>
        <dl className="facts">
          {name ? (
            <>
              <dt>{t('name')}</dt>
              <dd>{displayableName(name)}</dd>
            </>
          ) : null}
          <dt>{t('type')}</dt>
          <dd>{t(`type.${response.mytoken_type}`)}</dd>
          {!isTransfer ? (
            <>
              <dt>{t('expires')}</dt>
              <dd>
                {expiresAt !== undefined
                  ? `${formatDateTime(expiresAt, language)} (${formatRelative(expiresAt, language, created.createdAt)})`
                  : t('neverExpires')}
              </dd>
            </>
          ) : null}
          <dt>{t('capabilities')}</dt>
          <dd>{response.capabilities?.length ? response.capabilities.join(', ') : t('none')}</dd>
          {(response.restrictions ?? []).map((restriction, index) => (
            <div key={index} className="facts-row">
              <dt>{t('clause', { number: index + 1 })}</dt>
              <dd>{describeRestriction(restriction, created.createdAt, language).join(' ')}</dd>
            </div>
          ))}
          <dt>{t('rotation')}</dt>
          <dd>{describeRotation(response.rotation, language).join(' ')}</dd>
        </dl>
      </section>

      {!isTransfer ? (
        <>
          <section className="stack" aria-labelledby="use-title">
            <h2 id="use-title">{t('snippets')}</h2>
            <p className="hint">{t('snippetsHint')}</p>
            <CodeSnippet title={t('snippetShell')} code={code.shell} />
            <CodeSnippet title={t('snippetCurl')} code={code.curl} />
            <CodeSnippet title={t('snippetPython')} code={code.python} />
            <CodeSnippet title={t('snippetCli')} code={code.cli} />
          </section>

          {response.capabilities?.some((c) => c === 'AT') !== false ? (
            <section className="card stack-small" aria-labelledby="test-title">
              <h2 id="test-title">{t('testTitle')}</h2>
              <p>{t('testHint')}</p>
              <ActionWithResult
                label={t('test')}
                state={testToken}
                pendingText={t('testing')}
                onRun={() => testToken.mutate(credential)}
              >
                {testToken.data ? (
                  <div className="stack-small">
                    <p>
                      <span aria-hidden="true">✓ </span>
                      {t('testOk')}
                    </p>
                    <dl className="facts">
                      <dt>{t('atScope')}</dt>
                      <dd>{testToken.data.scope || t('atNone')}</dd>
                      <dt>{t('atAudience')}</dt>
                      <dd>{testToken.data.audience?.join(', ') || t('atNone')}</dd>
                      <dt>{t('atLifetime')}</dt>
                      <dd>
                        {testToken.data.expires_in !== undefined
                          ? formatDuration(testToken.data.expires_in)
                          : t('atNone')}
                      </dd>
                    </dl>
                    <div>
                      <button
                        type="button"
                        className="button button-secondary button-small"
                        aria-pressed={showAT}
                        onClick={() => setShowAT((s) => !s)}
                      >
                        {showAT ? t('hideAT') : t('showAT')}
                      </button>
                    </div>
                    {showAT ? (
                      <SecretBox label={t('accessToken')} secret={testToken.data.access_token} />
                    ) : null}
                  </div>
                ) : null}
              </ActionWithResult>
            </section>
          ) : null}

          {discovery.token_transfer_endpoint ? (
            <section className="card stack-small" aria-labelledby="transfer-title">
              <h2 id="transfer-title">{t('transferTitle')}</h2>
              <p>{t('transferHint')}</p>
              <ActionWithResult
                label={t('getTransfer')}
                state={transfer}
                buttonClassName="button button-secondary"
                onRun={() => transfer.mutate(credential)}
              >
                {transfer.data?.transfer_code ? (
                  <SecretBox
                    label={t('transferCode', {
                      minutes: Math.round((transfer.data.expires_in ?? 300) / 60),
                    })}
                    secret={transfer.data.transfer_code}
                  />
                ) : null}
              </ActionWithResult>
            </section>
          ) : null}
        </>
      ) : null}

      <section className="card stack-small" aria-labelledby="leave-title">
        <h2 id="leave-title">{t('leaveTitle')}</h2>
        <label className="check">
          <input
            type="checkbox"
            checked={stored}
            aria-describedby={storedHintId}
            onChange={(event) => setStored(event.target.checked)}
          />
          <span>{t('stored')}</span>
        </label>
        <p id={storedHintId} className="hint">
          {t('storedHint')}
        </p>
        <div>
          <button type="button" className="button button-primary" onClick={onDone}>
            {t('done')}
          </button>
        </div>
      </section>

      <Dialog
        open={blocker.state === 'blocked'}
        title={t('dialogTitle')}
        onClose={() => blocker.reset?.()}
      >
        <p>{t('dialogText')}</p>
        <div className="button-row">
          <button type="button" className="button button-primary" onClick={() => blocker.reset?.()}>
            {t('stay')}
          </button>
          <button
            type="button"
            className="button button-danger"
            onClick={() => blocker.proceed?.()}
          >
            {t('leave')}
          </button>
        </div>
      </Dialog>
    </div>
  )
}
