import { useId, useState, type FormEvent } from 'react'
import { ConsentProgress } from '@/components/consent-progress'
import { Alert } from '@/components/ui/alert'
import { Field, FieldError } from '@/components/ui/field'
import { ConsentFlowError } from '@/lib/consent-flow/consent-flow-error'
import { useMessages } from '@/lib/i18n/i18n'
import type { MytokenClient, SshKeySpec } from '@/lib/mytoken/api/client'
import type { Credential } from '@/lib/mytoken/api/credential'
import { isMytokenError } from '@/lib/mytoken/api/errors'
import type { Discovery } from '@/lib/mytoken/api/schemas'
import { isWeakKey } from '@/lib/mytoken/vocabulary/ssh-keys'
import { useAddSshKeyFlow } from '../api'
import { settingsMessages } from '../messages'
import { useCheckedSshKey } from '../use-checked-ssh-key'
import { SshKeyLimits, limitsToSpec, type KeyLimits } from './ssh-key-limits'
import { SshKeyReady } from './ssh-key-ready'

const MAX_KEY_FILE_BYTES = 64 * 1024

/** Paste or pick a public key, check it here, choose its limits, then the server's approval. */
export function AddSshKey({
  api,
  credential,
  knownFingerprints,
  hostKeys,
  providerName,
  serverVersion,
}: {
  api: MytokenClient
  credential: Credential
  knownFingerprints: string[]
  hostKeys: Discovery['ssh_keys']
  providerName: string
  /** the mytoken server's version from discovery */
  serverVersion: string | undefined
}) {
  const t = useMessages(settingsMessages)
  const key = useCheckedSshKey()
  const [name, setName] = useState('')
  const [limits, setLimits] = useState<KeyLimits>({
    capabilities: ['AT'],
    expiresDays: '',
    usagesAT: '',
  })
  const [fileProblem, setFileProblem] = useState(false)
  const [submitted, setSubmitted] = useState<{ fingerprint: string; name: string | undefined }>()
  const { flow, refreshKeys } = useAddSshKeyFlow(api, credential)
  const duplicateId = useId()

  const parsed = key.check?.ok ? key.check.key : undefined
  const duplicate = parsed && knownFingerprints.includes(parsed.fingerprint)
  const serverDuplicate =
    flow.error instanceof ConsentFlowError &&
    isMytokenError(flow.error.cause) &&
    flow.error.cause.status === 409
  const [tried, setTried] = useState(false)

  /** a refusal by the server belongs to the key it was about: it goes when the key changes */
  const setKeyText = (next: string) => {
    if (flow.status === 'error') flow.cancel()
    key.setText(next)
  }

  const onFile = async (file: File | undefined) => {
    setFileProblem(false)
    if (!file) return
    if (file.size > MAX_KEY_FILE_BYTES) return setFileProblem(true)
    setKeyText(await file.text())
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setTried(true)
    const spec = limitsToSpec(limits, Date.now(), serverVersion)
    if (!parsed || duplicate || !spec) return
    const keyName = name.trim() || undefined
    setSubmitted({ fingerprint: parsed.fingerprint, name: keyName })
    const request: SshKeySpec = { ssh_key: parsed.line, ...spec }
    if (keyName) request.name = keyName
    flow.start(request)
  }

  if (flow.status === 'success' && flow.result) {
    return (
      <SshKeyReady
        added={flow.result}
        keyName={submitted?.name}
        issuer={api.issuer}
        hostKeys={hostKeys}
        onDone={() => {
          refreshKeys()
          flow.cancel()
          key.setText('')
          setName('')
        }}
      />
    )
  }

  let keyCheck: { error?: string; confirmation?: string; warning?: string } = {}
  if (key.privateKeyRefused) keyCheck = {}
  else if (parsed && duplicate)
    keyCheck = { error: t('duplicate', { fingerprint: parsed.fingerprint }) }
  else if (parsed)
    keyCheck = {
      confirmation: t('keyOk', {
        type: parsed.type,
        bits: parsed.bits,
        fingerprint: parsed.fingerprint,
      }),
      ...(isWeakKey(parsed) ? { warning: t('weakKey', { bits: parsed.bits }) } : {}),
    }
  else if (key.check && !key.check.ok) keyCheck = { error: t(key.check.problem) }
  else if (tried && key.text.trim() === '') keyCheck = { error: t('empty') }

  return (
    <form className="stack-small add-ssh-key" onSubmit={submit} noValidate>
      <h3>{t('addKey')}</h3>
      {key.privateKeyRefused ? <Alert tone="warning" title={t('privateKey')} /> : null}
      <Field label={t('publicKey')} hint={t('publicKeyHint')} liveCheck={keyCheck}>
        {(props) => (
          <textarea
            {...props}
            className="mono"
            rows={3}
            spellCheck={false}
            autoComplete="off"
            value={key.text}
            onChange={(event) => setKeyText(event.target.value)}
          />
        )}
      </Field>
      <Field label={t('pickFile')} error={fileProblem ? t('fileTooBig') : undefined} announceError>
        {(props) => (
          <input
            {...props}
            type="file"
            accept=".pub,text/plain"
            onChange={(event) => void onFile(event.target.files?.[0])}
          />
        )}
      </Field>
      <Field label={t('keyName')} hint={t('nameHint')}>
        {(props) => (
          <input
            {...props}
            type="text"
            value={name}
            maxLength={100}
            onChange={(event) => setName(event.target.value)}
          />
        )}
      </Field>
      <SshKeyLimits value={limits} onChange={setLimits} serverVersion={serverVersion} />
      <p className="hint">{t('approveHint')}</p>
      <div className="button-row">
        <button
          type="submit"
          className="button button-primary"
          disabled={flow.status === 'pending'}
        >
          {t('submit')}
        </button>
      </div>
      {serverDuplicate && submitted ? (
        <FieldError
          id={duplicateId}
          message={t('duplicate', { fingerprint: submitted.fingerprint })}
          announce
        />
      ) : (
        <ConsentProgress flow={flow} providerName={providerName} onRetry={flow.cancel} />
      )}
    </form>
  )
}
