import { useState } from 'react'
import { SshHostKeys } from '@/components/ssh-host-keys'
import { Alert } from '@/components/ui/alert'
import { useMessages } from '@/lib/i18n/i18n'
import type { Discovery, SshKeyAdded } from '@/lib/mytoken/schemas'
import { hostAliasOf } from '@/lib/mytoken/ssh-keys'
import { settingsMessages } from '../messages'

function CopyBlock({ label, text, testId }: { label: string; text: string; testId: string }) {
  const t = useMessages(settingsMessages)
  const [status, setStatus] = useState('')
  return (
    <div className="stack-small">
      <p className="secret-label">{label}</p>
      <pre className="code-block" data-testid={testId}>
        {text}
      </pre>
      <div className="button-row">
        <button
          type="button"
          className="button"
          aria-label={`${t('copy')}: ${label}`}
          onClick={() =>
            void navigator.clipboard.writeText(text).then(
              () => setStatus(t('copied')),
              () => setStatus(''),
            )
          }
        >
          {t('copy')}
        </button>
        <span role="status" className="hint">
          {status}
        </span>
      </div>
    </div>
  )
}

/** Shown once after the server approved a key: the exact lines to use it. Nothing is kept. */
export function SshKeyReady({
  added,
  hostKeys,
  onDone,
}: {
  added: SshKeyAdded
  hostKeys: Discovery['ssh_keys']
  onDone: () => void
}) {
  const t = useMessages(settingsMessages)
  const alias = hostAliasOf(added.ssh_host_config) ?? 'mytoken'
  return (
    <section className="stack-small" aria-labelledby="ssh-key-ready">
      <Alert tone="success" title={t('addedTitle')}>
        <p>{t('addedText')}</p>
      </Alert>
      <h3 id="ssh-key-ready" className="visually-hidden">
        {t('addedTitle')}
      </h3>
      <CopyBlock label={t('configBlock')} text={added.ssh_host_config} testId="ssh-config-block" />
      <p className="secret-label">{t('hostKeys')}</p>
      <SshHostKeys keys={hostKeys} />
      <CopyBlock label={t('command')} text={`ssh ${alias} AT`} testId="ssh-command" />
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t('done')}
        </button>
      </div>
    </section>
  )
}
