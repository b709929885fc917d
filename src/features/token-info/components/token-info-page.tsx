import { useCallback, useRef, useState, type FormEvent } from 'react'
import { LoadError } from '@/components/errors/load-error'
import { SecretBox } from '@/components/secret-box'
import { Alert } from '@/components/ui/alert'
import { Field } from '@/components/ui/field'
import { sameIssuer } from '@/lib/config'
import { useMessages } from '@/lib/i18n/i18n'
import { useInstance } from '@/lib/instance/instance-provider'
import { memoryCredential, type Credential } from '@/lib/mytoken/api/credential'
import { decodeMytoken, MAX_TOKEN_LENGTH, type DecodedInput } from '@/lib/mytoken/vocabulary/jwt'
import { useIssuerClient } from '../api'
import { formatSize } from '../format-size'
import { tokenInfoMessages } from '../messages'
import { LeakSweep } from '../sweep/leak-sweep'
import { DecodedToken } from './decoded-token'
import { PasteArea } from './paste-area'
import { ServerPanel } from './server-panel'
import { SignatureStatus } from './signature-status'
import { TransferCodePanel } from './transfer-code-panel'

type Inspected = Exclude<DecodedInput, { kind: 'error' }>

interface Inspection {
  id: number
  input: Inspected
  credential: Credential | undefined
  now: number
}

/**
 * Paste any mytoken, see what it is, check it at its server, revoke it, exchange or create
 * transfer codes. Works signed out. The pasted token lives in this component's state only.
 */
export function TokenInfoPage() {
  const t = useMessages(tokenInfoMessages)
  const [text, setText] = useState('')
  const [fieldError, setFieldError] = useState<Extract<DecodedInput, { kind: 'error' }>>()
  const [inspection, setInspection] = useState<Inspection>()
  const [rotatedTo, setRotatedTo] = useState<string>()
  const nextId = useRef(0)

  function inspect(value: string) {
    const decoded = decodeMytoken(value)
    setRotatedTo(undefined)
    if (decoded.kind === 'error') {
      setFieldError(decoded)
      setInspection(undefined)
      return
    }
    setFieldError(undefined)
    const token = decoded.kind === 'transfer-code' ? undefined : decoded.token
    nextId.current += 1
    setInspection({
      id: nextId.current,
      input: decoded,
      credential:
        token === undefined
          ? undefined
          : memoryCredential(token, (update) => setRotatedTo(update.mytoken)),
      now: Date.now(),
    })
  }

  function handleSubmit(event: FormEvent) {
    event.preventDefault()
    inspect(text)
  }

  function handleClear() {
    setText('')
    setFieldError(undefined)
    setInspection(undefined)
    setRotatedTo(undefined)
  }

  return (
    <div className="stack token-info">
      <p className="intro">{t('intro')}</p>
      <form className="stack" onSubmit={handleSubmit} noValidate>
        <Field
          label={t('label')}
          hint={t('hint')}
          error={
            fieldError
              ? t(`error.${fieldError.error}`, {
                  size: formatSize(fieldError.length),
                  limit: formatSize(MAX_TOKEN_LENGTH),
                })
              : undefined
          }
          announceError
          className="field field-wide"
        >
          {(props) => (
            <PasteArea
              {...props}
              className="token-input"
              rows={5}
              value={text}
              onChange={(event) => setText(event.target.value)}
            />
          )}
        </Field>
        <div className="button-row">
          <button type="submit" className="button button-primary">
            {t('inspect')}
          </button>
          <button type="button" className="button button-secondary" onClick={handleClear}>
            {t('clear')}
          </button>
        </div>
      </form>

      {rotatedTo ? (
        <Alert tone="info" title={t('rotatedTitle')}>
          <p>{t('rotatedText')}</p>
          <SecretBox label={t('revealLabel')} secret={rotatedTo} fileName="mytoken.txt" />
        </Alert>
      ) : null}

      {inspection ? (
        <InspectionView
          key={inspection.id}
          inspection={inspection}
          onInspect={(token) => {
            setText(token)
            inspect(token)
          }}
        />
      ) : null}

      <LeakSweep />
    </div>
  )
}

function InspectionView({
  inspection,
  onInspect,
}: {
  inspection: Inspection
  onInspect: (token: string) => void
}) {
  const t = useMessages(tokenInfoMessages)
  const { config, instance: selected } = useInstance()
  const { input, credential, now } = inspection
  const instance =
    input.kind === 'jwt'
      ? config.instances.find((candidate) => sameIssuer(candidate.issuer, input.payload.iss))
      : selected
  const { client, discovery, error, refetch } = useIssuerClient(instance?.issuer)
  const [noLongerValid, setNoLongerValid] = useState(false)
  const markNoLongerValid = useCallback(() => setNoLongerValid(true), [])

  const connection = instance ? (
    <ConnectionState
      instanceName={instance.name}
      ready={client !== undefined}
      error={error}
      retry={() => void refetch()}
    />
  ) : null

  if (input.kind === 'transfer-code') {
    return client && instance ? (
      <TransferCodePanel
        code={input.code}
        client={client}
        instanceName={instance.name}
        onInspect={onInspect}
      />
    ) : (
      connection
    )
  }

  const serverPanel =
    client && instance && credential ? (
      <ServerPanel
        client={client}
        instanceName={instance.name}
        credential={credential}
        capabilities={input.kind === 'jwt' ? (input.payload.capabilities ?? []) : undefined}
        exp={input.kind === 'jwt' ? input.payload.exp : undefined}
        rotation={input.kind === 'jwt' ? input.payload.rotation : undefined}
        isShortToken={input.kind === 'short-token'}
        onNoLongerValid={markNoLongerValid}
      />
    ) : (
      connection
    )

  if (input.kind === 'short-token') {
    return (
      <div className="stack">
        <section className="stack" aria-labelledby="short-heading">
          <h2 id="short-heading">{t('shortTokenHeading')}</h2>
          <p>{t('shortTokenText', { instance: instance?.name ?? '' })}</p>
        </section>
        {serverPanel}
      </div>
    )
  }

  const providerName = discovery?.providers_supported.find(
    (provider) => input.payload.oidc_iss && sameIssuer(provider.issuer, input.payload.oidc_iss),
  )?.name

  return (
    <div className="stack">
      {instance ? null : (
        <Alert tone="warning" title={t('unknownIssuerTitle')}>
          <p>
            {t('unknownIssuerText', {
              issuer: input.payload.iss,
              configured: config.instances.map((i) => i.issuer).join(', '),
            })}
          </p>
        </Alert>
      )}
      <DecodedToken
        payload={input.payload}
        instanceName={instance?.name}
        providerName={providerName}
        now={now}
        signature={
          instance ? (
            <SignatureStatus
              token={input.token}
              alg={input.header.alg}
              discovery={discovery}
              discoveryError={error}
              instanceName={instance.name}
              noLongerValid={noLongerValid}
            />
          ) : null
        }
      />
      {instance ? serverPanel : null}
    </div>
  )
}

function ConnectionState({
  instanceName,
  ready,
  error,
  retry,
}: {
  instanceName: string
  ready: boolean
  error: unknown
  retry: () => void
}) {
  const t = useMessages(tokenInfoMessages)
  if (ready) return null
  if (error) {
    return (
      <LoadError
        title={t('discoveryFailed', { instance: instanceName })}
        error={error}
        onRetry={retry}
      />
    )
  }
  return <p role="status">{t('connecting', { instance: instanceName })}</p>
}
