import { useQuery } from '@tanstack/react-query'
import { LoadError } from '@/components/errors/load-error'
import { useMessages } from '@/lib/i18n/i18n'
import type { MytokenClient } from '@/lib/mytoken/api/client'
import type { Credential } from '@/lib/mytoken/api/credential'
import { settingsQueries } from '../api'
import { settingsMessages } from '../messages'
import { AddSshKey } from './add-ssh-key'
import { SshKeyList } from './ssh-key-list'

export function SshKeys({
  api,
  credential,
  canChange,
  providerName,
}: {
  api: MytokenClient
  credential: Credential
  canChange: boolean
  providerName: string
}) {
  const t = useMessages(settingsMessages)
  const info = useQuery(settingsQueries.sshKeys(api, credential))
  return (
    <section aria-labelledby="ssh-keys" className="stack-small">
      <h2 id="ssh-keys">{t('sshKeys')}</h2>
      {info.isPending ? <p role="status">{t('loading')}</p> : null}
      {info.error ? (
        <LoadError title={t('loadFailed')} error={info.error} onRetry={() => void info.refetch()} />
      ) : null}
      {info.data ? (
        <>
          <SshKeyList
            keys={info.data.ssh_keys}
            api={api}
            credential={credential}
            canChange={canChange}
          />
          {!info.data.grant_enabled ? <p className="hint">{t('sshOffHint')}</p> : null}
          {canChange && info.data.grant_enabled ? (
            <AddSshKey
              api={api}
              credential={credential}
              knownFingerprints={info.data.ssh_keys.map((key) => key.ssh_key_fp)}
              hostKeys={api.discovery.ssh_keys}
              providerName={providerName}
              serverVersion={api.discovery.version}
            />
          ) : null}
        </>
      ) : null}
    </section>
  )
}
