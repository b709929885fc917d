import { CodeSnippet } from '@/components/code-snippet'
import { SshHostKeys } from '@/components/ssh-host-keys'
import { Alert } from '@/components/ui/alert'
import { useMessages } from '@/lib/i18n/i18n'
import type { Discovery, SshKeyAdded } from '@/lib/mytoken/api/schemas'
import { hostAliasOf } from '@/lib/mytoken/vocabulary/ssh-keys'
import { settingsMessages } from '../messages'

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
      <CodeSnippet
        title={t('configBlock')}
        code={added.ssh_host_config}
        testId="ssh-config-block"
      />
      <p className="secret-label">{t('hostKeys')}</p>
      <SshHostKeys keys={hostKeys} />
      <CodeSnippet title={t('command')} code={`ssh ${alias} AT`} testId="ssh-command" />
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t('done')}
        </button>
      </div>
    </section>
  )
}
