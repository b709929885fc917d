import { useQuery } from '@tanstack/react-query'
import { useErrorMessage } from '@/components/errors/error-messages'
import { LoadError } from '@/components/errors/load-error'
import { Alert } from '@/components/ui/alert'
import { useMessages } from '@/lib/i18n/i18n'
import type { MytokenClient } from '@/lib/mytoken/api/client'
import type { Credential } from '@/lib/mytoken/api/credential'
import type { GrantTypeInfo } from '@/lib/mytoken/api/schemas'
import { settingsQueries, useSetGrantType } from '../api'
import { settingsMessages } from '../messages'

/** v0.10.1 lists no grant type a user never turned on: the offered ones start as off. */
function withOfferedGrants(listed: GrantTypeInfo[], api: MytokenClient): GrantTypeInfo[] {
  const offered = api.discovery.mytoken_endpoint_grant_types_supported.includes('ssh')
    ? ['ssh']
    : []
  const missing = offered.filter((type) => !listed.some((grant) => grant.grant_type === type))
  return [...listed, ...missing.map((grant_type) => ({ grant_type, enabled: false }))]
}

/** The names of the registered SSH keys, once known (also read by the key list below). */
function useSshKeyNames(api: MytokenClient, credential: Credential, offered: boolean) {
  const t = useMessages(settingsMessages)
  const info = useQuery({ ...settingsQueries.sshKeys(api, credential), enabled: offered })
  return info.data?.ssh_keys.map((key) => key.name || t('unnamed'))
}

/** The user's grant types (v0.10.1 knows only `ssh`), each with an on/off switch. */
export function GrantTypes({
  api,
  credential,
  canChange,
}: {
  api: MytokenClient
  credential: Credential
  canChange: boolean
}) {
  const t = useMessages(settingsMessages)
  const describe = useErrorMessage()
  const grants = useQuery(settingsQueries.grantTypes(api, credential))
  const setGrant = useSetGrantType(api, credential)
  const sshOffered = api.discovery.mytoken_endpoint_grant_types_supported.includes('ssh')
  const keyNames = useSshKeyNames(api, credential, sshOffered) ?? []
  const keysText = { count: keyNames.length, names: keyNames.join(', ') }
  const sshTurnedOn =
    setGrant.isSuccess && setGrant.variables.grantType === 'ssh' && setGrant.variables.enabled

  return (
    <section aria-labelledby="grant-types" className="stack-small">
      <h2 id="grant-types">{t('grantTypes')}</h2>
      <p className="hint">{t('grantTypesHint')}</p>
      {grants.isPending ? <p role="status">{t('loading')}</p> : null}
      {grants.error ? (
        <LoadError
          title={t('loadFailed')}
          error={grants.error}
          onRetry={() => void grants.refetch()}
        />
      ) : null}
      {grants.data ? (
        <ul className="plain-list stack-small">
          {withOfferedGrants(grants.data, api).map((grant) => (
            <li key={grant.grant_type}>
              <label className="check">
                <input
                  type="checkbox"
                  role="switch"
                  aria-describedby={
                    grant.grant_type === 'ssh' && !grant.enabled && keyNames.length > 0
                      ? 'ssh-grant-revives-keys'
                      : undefined
                  }
                  checked={grant.enabled}
                  disabled={!canChange || setGrant.isPending}
                  onChange={(event) =>
                    setGrant.mutate({ grantType: grant.grant_type, enabled: event.target.checked })
                  }
                />
                <span>
                  {grant.grant_type === 'ssh' ? t('sshGrant') : grant.grant_type}:{' '}
                  <strong>{grant.enabled ? t('on') : t('off')}</strong>
                </span>
              </label>
              {grant.grant_type === 'ssh' && !grant.enabled && keyNames.length > 0 ? (
                <p className="hint" id="ssh-grant-revives-keys">
                  <span aria-hidden="true">⚠ </span>
                  {t('sshOnRevivesKeys', keysText)}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {sshTurnedOn && keyNames.length > 0 ? (
        <Alert tone="warning" title={t('sshOnKeysWork', keysText)}>
          <p>{t('sshOnKeysWorkHint')}</p>
        </Alert>
      ) : null}
      {!canChange ? <p className="hint">{t('readOnlyHint')}</p> : null}
      {setGrant.error ? <p role="alert">{describe(setGrant.error)}</p> : null}
    </section>
  )
}
