import type { ReactNode } from 'react'
import { CapabilityRiskLabel } from '@/components/capability-risk-label'
import { Alert } from '@/components/ui/alert'
import { formatDateTime, formatRelative } from '@/lib/i18n/format-time'
import { useLanguage, useMessages } from '@/lib/i18n/i18n'
import type { MytokenPayload, Restriction } from '@/lib/mytoken/api/schemas'
import { describeCapability } from '@/lib/mytoken/vocabulary/capabilities'
import { describeRestriction, describeRotation } from '@/lib/mytoken/vocabulary/restrictions'
import { displayableName } from '@/lib/text/isolate'
import { tokenInfoMessages } from '../messages'

function useTime() {
  const { language } = useLanguage()
  const t = useMessages(tokenInfoMessages)
  return (seconds: number, now: number) =>
    t('timeValue', {
      absolute: formatDateTime(seconds * 1000, language),
      relative: formatRelative(seconds * 1000, language, now),
    })
}

export function CapabilityList({ capabilities }: { capabilities: readonly string[] }) {
  const t = useMessages(tokenInfoMessages)
  const { language } = useLanguage()
  if (capabilities.length === 0) return <p>{t('noCapabilities')}</p>
  return (
    <ul className="capability-list">
      {capabilities.map((capability) => (
        <li key={capability}>
          <code>{capability}</code>: {describeCapability(capability, language)}{' '}
          <CapabilityRiskLabel capability={capability} />
        </li>
      ))}
    </ul>
  )
}

export function RestrictionList({
  restrictions,
  now,
  headingLevel = 3,
}: {
  restrictions: readonly Restriction[] | undefined
  now: number
  headingLevel?: 3 | 4
}) {
  const t = useMessages(tokenInfoMessages)
  const { language } = useLanguage()
  if (!restrictions || restrictions.length === 0) return <p>{t('noRestrictions')}</p>
  const Heading = headingLevel === 3 ? 'h3' : 'h4'
  return (
    <div className="stack">
      {restrictions.length > 1 ? <p>{t('restrictionsIntro')}</p> : null}
      <ol className="clauses">
        {restrictions.map((clause, i) => (
          <li key={i}>
            <Heading className="clause-heading">{t('clause', { n: i + 1 })}</Heading>
            <ul>
              {describeRestriction(clause, now, language).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </div>
  )
}

/** The locally decoded content of a mytoken JWT, in words. */
export function DecodedToken({
  payload,
  instanceName,
  providerName,
  now,
  signature,
}: {
  payload: MytokenPayload
  instanceName: string | undefined
  providerName: string | undefined
  now: number
  signature: ReactNode
}) {
  const t = useMessages(tokenInfoMessages)
  const { language } = useLanguage()
  const time = useTime()
  const expired = payload.exp !== undefined && payload.exp * 1000 <= now
  return (
    <section className="stack" aria-labelledby="decoded-heading">
      <h2 id="decoded-heading">{t('decodedHeading')}</h2>
      <p className="hint">{t('decodedNote')}</p>
      {expired && payload.exp !== undefined ? (
        <Alert
          tone="warning"
          title={t('expiredAlert', {
            relative: formatRelative(payload.exp * 1000, language, now),
            absolute: formatDateTime(payload.exp * 1000, language),
          })}
        >
          <p>{t('expiredText')}</p>
        </Alert>
      ) : null}
      <dl className="facts">
        <dt>{t('name')}</dt>
        <dd>{payload.name ? displayableName(payload.name) : t('unnamed')}</dd>
        <dt>{t('instance')}</dt>
        <dd>
          {instanceName ? `${instanceName} — ` : ''}
          <code>{payload.iss}</code>
        </dd>
        {payload.oidc_iss ? (
          <>
            <dt>{t('provider')}</dt>
            <dd>
              {providerName ? `${providerName} — ` : ''}
              <code>{payload.oidc_iss}</code>
            </dd>
          </>
        ) : null}
        {payload.oidc_sub ? (
          <>
            <dt>{t('subject')}</dt>
            <dd>
              <code>{payload.oidc_sub}</code>
            </dd>
          </>
        ) : null}
        {payload.iat !== undefined ? (
          <>
            <dt>{t('issued')}</dt>
            <dd>{time(payload.iat, now)}</dd>
          </>
        ) : null}
        {payload.nbf !== undefined && payload.nbf !== payload.iat ? (
          <>
            <dt>{t('notBefore')}</dt>
            <dd>{time(payload.nbf, now)}</dd>
          </>
        ) : null}
        <dt>{t('expires')}</dt>
        <dd>{payload.exp !== undefined ? time(payload.exp, now) : t('neverExpires')}</dd>
        {payload.seq_no !== undefined ? (
          <>
            <dt>{t('rotationCount')}</dt>
            <dd>{t('rotationCountValue', { n: payload.seq_no })}</dd>
          </>
        ) : null}
      </dl>
      {signature}
      <h3>{t('capabilitiesHeading')}</h3>
      <CapabilityList capabilities={payload.capabilities ?? []} />
      <h3>{t('restrictionsHeading')}</h3>
      <RestrictionList restrictions={payload.restrictions} now={now} headingLevel={4} />
      <h3>{t('rotationHeading')}</h3>
      <ul>
        {describeRotation(payload.rotation, language).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  )
}
