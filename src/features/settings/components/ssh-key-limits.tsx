import { CapabilityRiskLabel } from '@/components/capability-risk-label'
import { Field } from '@/components/ui/field'
import { useLanguage, useMessages } from '@/lib/i18n/i18n'
import type { SshKeySpec } from '@/lib/mytoken/api/client'
import { describeCapability, isPowerfulCapability } from '@/lib/mytoken/vocabulary/capabilities'
import { sshKeyCapabilities, sshMytokenCommandCrashes } from '@/lib/mytoken/vocabulary/ssh-keys'
import { settingsMessages } from '../messages'

export interface KeyLimits {
  capabilities: string[]
  expiresDays: string
  usagesAT: string
}

const DAY = 86400
const wholeNumber = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN)

/**
 * The capabilities (only those offered for this server version) and restrictions to send, or
 * undefined while a number is invalid.
 */
export function limitsToSpec(
  limits: KeyLimits,
  nowMs: number,
  serverVersion: string | undefined,
): Pick<SshKeySpec, 'capabilities' | 'restrictions'> | undefined {
  const days = limits.expiresDays.trim() === '' ? undefined : wholeNumber(limits.expiresDays)
  const usages = limits.usagesAT.trim() === '' ? undefined : wholeNumber(limits.usagesAT)
  if (Number.isNaN(days) || Number.isNaN(usages) || days === 0 || usages === 0) return undefined
  const clause = {
    ...(days !== undefined ? { exp: Math.floor(nowMs / 1000) + days * DAY } : {}),
    ...(usages !== undefined ? { usages_AT: usages } : {}),
  }
  const offered = sshKeyCapabilities(serverVersion)
  const capabilities = limits.capabilities.filter((name) => offered.includes(name))
  return {
    capabilities: capabilities.length > 0 ? capabilities : ['AT'],
    ...(Object.keys(clause).length > 0 ? { restrictions: [clause] } : {}),
  }
}

export type KeyRisk = 'keyNeverExpires' | 'keyUnlimited' | 'keyPowerful'

/**
 * What makes a key's token dangerous if the machine with the private key is lost, on the levels of
 * the shared capability vocabulary (src/lib/mytoken/vocabulary/capabilities.ts).
 */
export function keyRisks(limits: KeyLimits): KeyRisk[] {
  const risks: KeyRisk[] = []
  if (limits.expiresDays.trim() === '') risks.push('keyNeverExpires')
  if (limits.usagesAT.trim() === '' && limits.capabilities.includes('AT'))
    risks.push('keyUnlimited')
  if (limits.capabilities.some(isPowerfulCapability)) risks.push('keyPowerful')
  return risks
}

export function SshKeyLimits({
  value,
  onChange,
  serverVersion,
}: {
  value: KeyLimits
  onChange: (next: KeyLimits) => void
  /** the mytoken server's version from discovery */
  serverVersion: string | undefined
}) {
  const t = useMessages(settingsMessages)
  const { language } = useLanguage()
  const risks = keyRisks(value)
  const badExp = value.expiresDays.trim() !== '' && !(wholeNumber(value.expiresDays) >= 1)
  const badUsages = value.usagesAT.trim() !== '' && !(wholeNumber(value.usagesAT) >= 1)
  const toggle = (name: string, on: boolean) =>
    onChange({
      ...value,
      capabilities: on
        ? [...value.capabilities, name]
        : value.capabilities.filter((c) => c !== name),
    })

  return (
    <fieldset className="fieldset stack-small">
      <legend>{t('mayObtain')}</legend>
      <fieldset className="fieldset">
        <legend>{t('capabilitiesLegend')}</legend>
        <ul className="plain-list">
          {sshKeyCapabilities(serverVersion).map((name) => (
            <li key={name}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={value.capabilities.includes(name)}
                  onChange={(event) => toggle(name, event.target.checked)}
                />
                <span>
                  <code>{name}</code> {describeCapability(name, language)}{' '}
                  <CapabilityRiskLabel capability={name} />
                </span>
              </label>
            </li>
          ))}
        </ul>
        {sshMytokenCommandCrashes(serverVersion) ? (
          <p className="hint">{t('noCreateMytoken', { version: serverVersion ?? '' })}</p>
        ) : null}
      </fieldset>
      <Field label={t('expires')} error={badExp ? t('badNumber') : undefined}>
        {(props) => (
          <input
            {...props}
            inputMode="numeric"
            value={value.expiresDays}
            onChange={(event) => onChange({ ...value, expiresDays: event.target.value })}
          />
        )}
      </Field>
      <Field label={t('usagesAT')} error={badUsages ? t('badNumber') : undefined}>
        {(props) => (
          <input
            {...props}
            inputMode="numeric"
            value={value.usagesAT}
            onChange={(event) => onChange({ ...value, usagesAT: event.target.value })}
          />
        )}
      </Field>
      <div className="stack-small" aria-live="polite">
        <p className="secret-label">{t('keyRisksTitle')}</p>
        {risks.length === 0 ? (
          <p>{t('keyNoRisks')}</p>
        ) : (
          <ul className="plain-list stack-small">
            {risks.map((risk) => (
              <li key={risk}>
                <span aria-hidden="true">⚠ </span>
                {t(risk)}
              </li>
            ))}
          </ul>
        )}
      </div>
    </fieldset>
  )
}
