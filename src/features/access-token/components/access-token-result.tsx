import { useEffect, useId, useRef } from 'react'
import { CodeSnippet } from '@/components/code-snippet'
import { SecretBox } from '@/components/secret-box'
import { formatCountdown, formatDateTime } from '@/lib/i18n/format-time'
import { useLanguage, useMessages } from '@/lib/i18n/i18n'
import { STEP_UP_LIFETIME_SECONDS } from '@/lib/step-up/step-up'
import { useNow } from '@/lib/use-now'
import type { ObtainedAccessToken } from '../api'
import { accessTokenMessages } from '../messages'
import { compareGranted, curlSnippet, expiresAt } from '../model'

/** The access token, once: copy, its countdown, what the provider granted, a curl line. */
export function AccessTokenResult({
  obtained,
  onForget,
}: {
  obtained: ObtainedAccessToken
  onForget: () => void
}) {
  const t = useMessages(accessTokenMessages)
  const { language } = useLanguage()
  const headingId = useId()
  const headingRef = useRef<HTMLHeadingElement>(null)
  // the form was submitted elsewhere on the page: bring keyboard and screen-reader users here
  useEffect(() => headingRef.current?.focus(), [])
  const expiry = expiresAt(obtained.response, obtained.receivedAt)
  const now = useNow(1000, expiry !== undefined)
  const granted = compareGranted(obtained.plan, obtained.response)
  const list = (values: string[]) => values.join(', ')

  return (
    <section className="stack access-token-result" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('resultHeading')}
      </h2>
      <SecretBox label={t('secretLabel')} secret={obtained.response.access_token} />
      <p
        role="timer"
        aria-live="off"
        className={expiry !== undefined && now >= expiry ? 'field-error' : undefined}
      >
        {expiry === undefined
          ? t('noExpiry')
          : now >= expiry
            ? t('expired')
            : t('expiresIn', {
                remaining: formatCountdown(expiry - now),
                time: formatDateTime(expiry, language),
              })}
      </p>
      <dl className="facts">
        <dt>{t('grantedScopes')}</dt>
        <dd>
          <ul className="inline-list">
            {granted.scopes.map((scope) => (
              <li key={scope} className="mono">
                {scope}
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t('grantedAudiences')}</dt>
        <dd>
          {granted.audiences.length > 0 ? (
            <ul className="inline-list">
              {granted.audiences.map((audience) => (
                <li key={audience} className="mono">
                  {audience}
                </li>
              ))}
            </ul>
          ) : (
            t('noAudience')
          )}
        </dd>
      </dl>
      {granted.missing.length > 0 ? (
        <p className="field-error">{t('missingScopes', { values: list(granted.missing) })}</p>
      ) : null}
      {granted.extra.length > 0 ? (
        <p className="hint">{t('extraScopes', { values: list(granted.extra) })}</p>
      ) : null}
      {granted.missingAudiences.length > 0 ? (
        <p className="field-error">
          {t('missingAudiences', { values: list(granted.missingAudiences) })}
        </p>
      ) : null}
      <p className="hint">{t('revoked', { minutes: Math.round(STEP_UP_LIFETIME_SECONDS / 60) })}</p>
      <div className="stack-small">
        <CodeSnippet title={t('curlHeading')} code={curlSnippet(obtained.plan.audiences)} />
        <p className="hint">{t('curlHint')}</p>
      </div>
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={onForget}>
          {t('forget')}
        </button>
      </div>
    </section>
  )
}
