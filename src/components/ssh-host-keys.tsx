import { defineMessages, useMessages } from '@/lib/i18n/i18n'
import type { Discovery } from '@/lib/mytoken/api/schemas'

const messages = defineMessages({
  en: { label: 'SSH host keys of the server', fingerprint: '{type}, fingerprint' },
  de: { label: 'SSH-Host-Schlüssel des Servers', fingerprint: '{type}, Fingerabdruck' },
})

/** The SSH grant's host keys from discovery, to compare on the first `ssh` connection. */
export function SshHostKeys({ keys }: { keys: Discovery['ssh_keys'] }) {
  const t = useMessages(messages)
  return (
    <ul className="plain-list stack-small" aria-label={t('label')}>
      {keys.map((key) => (
        <li key={key.fingerprint}>
          {t('fingerprint', { type: key.type })}:{' '}
          <code className="break" data-testid="ssh-host-key-fingerprint">
            {key.fingerprint}
          </code>
        </li>
      ))}
    </ul>
  )
}
