import { useState } from 'react'
import { formatDateTime } from '@/lib/i18n/format-time'
import { useLanguage, useMessages } from '@/lib/i18n/i18n'
import type { MytokenClient } from '@/lib/mytoken/api/client'
import type { Credential } from '@/lib/mytoken/api/credential'
import type { SshKeyEntry } from '@/lib/mytoken/api/schemas'
import { settingsMessages } from '../messages'
import { DeleteSshKeyDialog } from './delete-ssh-key-dialog'

const toMs = (seconds: number) => seconds * 1000

/** The registered SSH keys: name, fingerprint, added, last used; delete (asked, then revoked). */
export function SshKeyList({
  keys,
  api,
  credential,
  canChange,
}: {
  keys: SshKeyEntry[]
  api: MytokenClient
  credential: Credential
  canChange: boolean
}) {
  const t = useMessages(settingsMessages)
  const { language } = useLanguage()
  const [asking, setAsking] = useState<SshKeyEntry>()
  if (keys.length === 0) return <p>{t('noKeys')}</p>
  return (
    <>
      <ul className="plain-list stack-small ssh-keys">
        {keys.map((key) => {
          const name = key.name || t('unnamed')
          return (
            <li key={key.ssh_key_fp} className="card stack-small">
              <h3>{name}</h3>
              <dl className="facts">
                <dt>{t('fingerprint')}</dt>
                <dd>
                  <code className="break">{key.ssh_key_fp}</code>
                </dd>
                <dt>{t('added')}</dt>
                <dd>{formatDateTime(toMs(key.created), language)}</dd>
                <dt>{t('lastUsed')}</dt>
                <dd>
                  {key.last_used ? formatDateTime(toMs(key.last_used), language) : t('never')}
                </dd>
              </dl>
              {canChange ? (
                <div className="button-row">
                  <button
                    type="button"
                    className="button button-danger"
                    onClick={() => setAsking(key)}
                  >
                    {t('delete', { name })}
                  </button>
                </div>
              ) : null}
            </li>
          )
        })}
      </ul>
      <DeleteSshKeyDialog
        sshKey={asking}
        name={asking?.name || t('unnamed')}
        api={api}
        credential={credential}
        onClose={() => setAsking(undefined)}
      />
    </>
  )
}
