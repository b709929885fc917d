import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { StepUpPanel, type StepUpChoice } from '@/components/step-up-panel'
import { useMessages } from '@/lib/i18n/i18n'
import { useInstance, useMytokenClient } from '@/lib/instance/instance-provider'
import { useSession } from '@/lib/session/use-session'
import { usePageStepUp } from '@/lib/step-up/use-page-step-up'
import { settingsQueries } from '../api'
import { settingsMessages } from '../messages'
import { GrantTypes } from './grant-types'
import { SshKeys } from './ssh-keys'
import { TextWithCode } from './text-with-code'

const LIFETIME_SECONDS = 5 * 60
export const SETTINGS_READ_CAPABILITIES = ['read@settings:grants', 'read@settings:grants:ssh']
export const SETTINGS_WRITE_CAPABILITIES = ['settings:grants', 'settings:grants:ssh']

/** Settings behind a step-up token: grant types and SSH keys. */
export function SettingsPage() {
  const t = useMessages(settingsMessages)
  const api = useMytokenClient()
  const { discovery } = useInstance()
  const session = useSession()
  const stepUp = usePageStepUp()
  const queryClient = useQueryClient()
  const providerName =
    discovery?.providers_supported.find((p) => p.issuer === session?.providerIssuer)?.name ??
    session?.providerIssuer ??
    ''
  const choices: StepUpChoice[] = [
    {
      label: t('unlockRead'),
      spec: {
        purpose: 'view settings',
        capabilities: SETTINGS_READ_CAPABILITIES,
        lifetimeSeconds: LIFETIME_SECONDS,
        // the page's own reads and changes: the 5-minute lifetime is the limit, not a count
        restrictions: {},
      },
    },
    {
      label: t('unlockWrite'),
      spec: {
        purpose: 'change settings',
        capabilities: SETTINGS_WRITE_CAPABILITIES,
        lifetimeSeconds: LIFETIME_SECONDS,
        restrictions: {},
      },
    },
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
