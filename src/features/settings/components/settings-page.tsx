import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { StepUpPanel, type StepUpChoice } from '@/components/step-up-panel'
import { useMessages } from '@/lib/i18n/i18n'
import { useInstance, useMytokenClient } from '@/lib/instance/instance-provider'
import { useSession } from '@/lib/session/use-session'
import {
  ACCOUNT_CHANGE,
  ACCOUNT_UNLOCK_MINUTES,
  ACCOUNT_VIEW,
  useAccountUnlock,
} from '@/lib/step-up/account-unlock'
import { settingsQueries } from '../api'
import { settingsMessages } from '../messages'
import { GrantTypes } from './grant-types'
import { SshKeys } from './ssh-keys'
import { TextWithCode } from './text-with-code'

/** Settings behind a step-up token: grant types and SSH keys. */
export function SettingsPage() {
  const t = useMessages(settingsMessages)
  const api = useMytokenClient()
  const { discovery } = useInstance()
  const session = useSession()
  const stepUp = useAccountUnlock()
  const queryClient = useQueryClient()
  const providerName =
    discovery?.providers_supported.find((p) => p.issuer === session?.providerIssuer)?.name ??
    session?.providerIssuer ??
    ''
  const choices: StepUpChoice[] = [
    { label: t('unlockRead', { minutes: ACCOUNT_UNLOCK_MINUTES }), spec: ACCOUNT_VIEW },
    { label: t('unlockWrite', { minutes: ACCOUNT_UNLOCK_MINUTES }), spec: ACCOUNT_CHANGE },
  ]
  const active = stepUp.active
  // answers read with an ended step-up are not shown again
  useEffect(() => {
    if (!active) queryClient.removeQueries({ queryKey: settingsQueries.all(api.issuer) })
  }, [active, api.issuer, queryClient])

  const canChange = Boolean(active?.capabilities.includes('settings:grants'))
  return (
    <div className="stack settings">
      <p>
        <TextWithCode text={t('intro')} code={{ ssh: 'ssh' }} />
      </p>
      <StepUpPanel stepUp={stepUp} choices={choices} providerName={providerName} />
      {active ? (
        <>
          <GrantTypes api={api} credential={active.credential} canChange={canChange} />
          {api.discovery.mytoken_endpoint_grant_types_supported.includes('ssh') ? (
            <SshKeys
              api={api}
              credential={active.credential}
              canChange={canChange}
              providerName={providerName}
            />
          ) : (
            <p>{t('sshNotOffered')}</p>
          )}
        </>
      ) : null}
    </div>
  )
}
