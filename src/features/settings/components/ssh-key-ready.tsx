import { CodeSnippet } from '@/components/code-snippet'
import { SshHostKeys } from '@/components/ssh-host-keys'
import { Alert } from '@/components/ui/alert'
import { useMessages } from '@/lib/i18n/i18n'
import type { Discovery, SshKeyAdded } from '@/lib/mytoken/api/schemas'
import { safeHostConfig } from '@/lib/mytoken/vocabulary/ssh-keys'
import { settingsMessages } from '../messages'
import { TextWithCode } from './text-with-code'

/** Shown once after the server approved a key: the exact lines to use it. Nothing is kept. */
export function SshKeyReady({
  added,
  keyName,
  issuer,
  hostKeys,
  onDone,
}: {
  added: SshKeyAdded
  /** the name the key was sent with */
  keyName: string | undefined
  issuer: string
  hostKeys: Discovery['ssh_keys']
  onDone: () => void
}) {
  const t = useMessages(settingsMessages)
  const config = safeHostConfig(added.ssh_host_config, added.ssh_user, keyName, issuer)
  return (
    <section className="stack-small" aria-labelledby="ssh-key-ready">
      <Alert tone="success" title={t('addedTitle')}>
        <p>{t('addedText')}</p>
      </Alert>
      <h3 id="ssh-key-ready" className="visually-hidden">
        {t('addedTitle')}
      </h3>
      {config ? (
        <>
          {config.serverPatterns !== undefined ? (
            <p className="hint">
              <TextWithCode
                text={t('aliasChanged')}
                code={{ server: `Host ${config.serverPatterns}`, alias: config.alias }}
              />
            </p>
          ) : null}
          <CodeSnippet title={t('configBlock')} code={config.block} testId="ssh-config-block" />
          <p className="secret-label">{t('hostKeys')}</p>
          <SshHostKeys keys={hostKeys} />
          <CodeSnippet title={t('command')} code={`ssh ${config.alias} AT`} testId="ssh-command" />
        </>
      ) : (
        <>
          <Alert tone="warning" title={t('noSafeConfig')} />
          <CodeSnippet title={t('sshUser')} code={added.ssh_user} />
        </>
      )}
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t('done')}
        </button>
      </div>
    </section>
  )
}
