import { CapabilityRiskLabel } from '@/components/capability-risk-label'
import { Field } from '@/components/ui/field'
import { useLanguage, useMessages } from '@/lib/i18n/i18n'
import type { SshKeySpec } from '@/lib/mytoken/api/client'
import { describeCapability, isPowerfulCapability } from '@/lib/mytoken/vocabulary/capabilities'
import {
  isServerTime,
  LATEST_SERVER_TIME,
  MAX_USAGES,
  parsePositiveWhole,
} from '@/lib/mytoken/vocabulary/server-limits'
import { sshKeyCapabilities, sshMytokenCommandCrashes } from '@/lib/mytoken/vocabulary/ssh-keys'
import { useNow } from '@/lib/use-now'
import { settingsMessages } from '../messages'
import { TextWithCode } from './text-with-code'

export interface KeyLimits {
  capabilities: string[]
  expiresDays: string
  usagesAT: string
}

const DAY = 86400

export type LimitProblem = 'badNumber' | 'daysTooLarge' | 'usagesTooLarge'

type Limit = { ok: true; value: number | undefined } | { ok: false; problem: LimitProblem }

/** The key's expiry (unix seconds) as it will be sent: empty is none; never after the year 9999. */
function expiryOf(text: string, nowMs: number): Limit {
  if (text.trim() === '') return { ok: true, value: undefined }
  const days = parsePositiveWhole(text, Number.MAX_SAFE_INTEGER)
  if (!days.ok)
    return { ok: false, problem: days.reason === 'notWhole' ? 'badNumber' : 'daysTooLarge' }
  const exp = Math.floor(nowMs / 1000) + days.value * DAY
  return isServerTime(exp) ? { ok: true, value: exp } : { ok: false, problem: 'daysTooLarge' }
}

/** The access-token use limit as it will be sent: empty is none; at most MAX_USAGES. */
function usagesOf(text: string): Limit {
  if (text.trim() === '') return { ok: true, value: undefined }
  const usages = parsePositiveWhole(text, MAX_USAGES)
  if (usages.ok) return { ok: true, value: usages.value }
  return { ok: false, problem: usages.reason === 'notWhole' ? 'badNumber' : 'usagesTooLarge' }
}

/** What is wrong with each number field, if anything. */
export function limitProblems(
  limits: KeyLimits,
  nowMs: number,
): { expiresDays?: LimitProblem; usagesAT?: LimitProblem } {
  const exp = expiryOf(limits.expiresDays, nowMs)
  const usages = usagesOf(limits.usagesAT)
  return {
    ...(exp.ok ? {} : { expiresDays: exp.problem }),
    ...(usages.ok ? {} : { usagesAT: usages.problem }),
  }
}

/**
 * The capabilities (only those offered for this server version) and restrictions to send, or
 * undefined while a number is invalid or out of the server's range.
 */
export function limitsToSpec(
  limits: KeyLimits,
  nowMs: number,
  serverVersion: string | undefined,
): Pick<SshKeySpec, 'capabilities' | 'restrictions'> | undefined {
  const exp = expiryOf(limits.expiresDays, nowMs)
  const usages = usagesOf(limits.usagesAT)
  if (!exp.ok || !usages.ok) return undefined
  const clause = {
    ...(exp.value !== undefined ? { exp: exp.value } : {}),
    ...(usages.value !== undefined ? { usages_AT: usages.value } : {}),
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
  const nowMs = useNow(60_000)
  const problems = limitProblems(value, nowMs)
  const numberFormat = new Intl.NumberFormat(language)
  const problemText = (problem: LimitProblem | undefined) =>
    problem === undefined
      ? undefined
      : t(problem, {
          maxDays: numberFormat.format(Math.floor((LATEST_SERVER_TIME - nowMs / 1000) / DAY)),
          maxUsages: numberFormat.format(MAX_USAGES),
        })
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
          <p className="hint">
            <TextWithCode
              text={t('noCreateMytoken', { version: serverVersion ?? '' })}
              code={{ command: 'ssh … MT' }}
            />
          </p>
        ) : null}
      </fieldset>
      <Field label={t('expires')} error={problemText(problems.expiresDays)}>
        {(props) => (
          <input
            {...props}
            inputMode="numeric"
            value={value.expiresDays}
            onChange={(event) => onChange({ ...value, expiresDays: event.target.value })}
          />
        )}
      </Field>
      <Field label={t('usagesAT')} error={problemText(problems.usagesAT)}>
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
