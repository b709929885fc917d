import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react'
import { CapabilityRiskLabel } from '@/components/capability-risk-label'
import { useLanguage, useMessages } from '@/lib/i18n/i18n'
import { describeCapability } from '@/lib/mytoken/capabilities'
import type { Provider } from '@/lib/mytoken/schemas'
import { STEP_UP_LIFETIME_SECONDS } from '@/lib/step-up/step-up'
import { accessTokenMessages } from '../messages'
import {
  MAX_AUDIENCE_LENGTH,
  MAX_AUDIENCES,
  offeredScopes,
  splitList,
  switchProvider,
  type AccessTokenFormValues,
  type FormProblem,
} from '../request'

export function AccessTokenForm({
  providers,
  values,
  onChange,
  problems,
  onSubmit,
  busy,
}: {
  providers: readonly Provider[]
  values: AccessTokenFormValues
  onChange: (values: AccessTokenFormValues) => void
  problems: FormProblem[]
  /** false when the values were refused: focus then moves to the first marked field */
  onSubmit: () => boolean
  busy: boolean
}) {
  const t = useMessages(accessTokenMessages)
  const { language } = useLanguage()
  const id = useId()
  const ids = {
    provider: `${id}-provider`,
    scopes: `${id}-scopes`,
    audience: `${id}-audience`,
    summary: `${id}-summary`,
  }
  const provider = providers.find((p) => p.issuer === values.providerIssuer)
  const offered = offeredScopes(provider)
  const notOffered = offered.length > 0 ? values.scopes.filter((s) => !offered.includes(s)) : []
  const problemText = (problem: FormProblem) =>
    t(problem.code, {
      values: 'values' in problem ? problem.values.join(', ') : '',
      max: problem.code === 'tooManyAudiences' ? MAX_AUDIENCES : MAX_AUDIENCE_LENGTH,
    })
  const problemsOf = (field: FormProblem['field']) => problems.filter((p) => p.field === field)
  const describedBy = (field: FormProblem['field']) =>
    `${ids[field]}-hint${problemsOf(field).length > 0 ? ` ${ids[field]}-error` : ''}`
  const fieldError = (field: FormProblem['field']) =>
    problemsOf(field).length > 0 ? (
      <div id={`${ids[field]}-error`} className="field-error">
        {problemsOf(field).map((problem) => (
          <p key={problem.code}>
            <span aria-hidden="true">✕ </span>
            {problemText(problem)}
          </p>
        ))}
      </div>
    ) : null

  function toggleScope(scope: string, on: boolean) {
    const scopes = on ? [...values.scopes, scope] : values.scopes.filter((s) => s !== scope)
    onChange({ ...values, scopes })
  }

  const formRef = useRef<HTMLFormElement>(null)
  // typed scopes keep their spaces while the user types; the values get the list
  const [typedScopes, setTypedScopes] = useState(values.scopes.join(' '))
  function handleSubmit(event: FormEvent) {
    event.preventDefault()
    if (onSubmit()) return
    requestAnimationFrame(() => {
      const first = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')
      const target =
        first?.tagName === 'FIELDSET'
          ? (first.querySelector<HTMLElement>('input[aria-invalid="true"]') ??
            first.querySelector<HTMLElement>('input'))
          : first
      target?.focus()
    })
  }

  return (
    <form ref={formRef} className="stack access-token-form" onSubmit={handleSubmit} noValidate>
      <h2>{t('formHeading')}</h2>
      {problems.length > 0 ? (
        <p id={ids.summary} className="field-error" role="alert">
          {t('fixFirst')}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor={ids.provider}>{t('provider')}</label>
        <select
          id={ids.provider}
          value={values.providerIssuer}
          aria-describedby={describedBy('provider')}
          aria-invalid={problemsOf('provider').length > 0}
          onChange={(event) => {
            const next = switchProvider(
              values,
              providers.find((p) => p.issuer === event.target.value),
            )
            setTypedScopes(next.scopes.join(' '))
            onChange(next)
          }}
        >
          {provider ? null : <option value={values.providerIssuer}>{values.providerIssuer}</option>}
          {providers.map((p) => (
            <option key={p.issuer} value={p.issuer}>
              {p.name ?? p.issuer}
            </option>
          ))}
        </select>
        <p id={`${ids.provider}-hint`} className="hint">
          {t('providerHint')}
        </p>
        {fieldError('provider')}
      </div>

      {offered.length > 0 ? (
        <fieldset
          className="fieldset scope-choice"
          aria-describedby={describedBy('scopes')}
          aria-invalid={problemsOf('scopes').length > 0 ? true : undefined}
        >
          <legend>{t('scopes')}</legend>
          <p id={`${ids.scopes}-hint`} className="hint">
            {t('scopesHint')}
          </p>
          <ul className="scope-list">
            {[...offered, ...notOffered].map((scope) => (
              <li key={scope} className="checkbox-field">
                <input
                  id={`${ids.scopes}-${scope}`}
                  type="checkbox"
                  checked={values.scopes.includes(scope)}
                  aria-invalid={notOffered.includes(scope) ? true : undefined}
                  onChange={(event) => toggleScope(scope, event.target.checked)}
                />
                <label htmlFor={`${ids.scopes}-${scope}`} className="mono">
                  {scope}
                </label>
                {notOffered.includes(scope) ? (
                  <span className="field-error">({t('notOffered')})</span>
                ) : null}
              </li>
            ))}
          </ul>
          {fieldError('scopes')}
        </fieldset>
      ) : (
        <TextField
          id={ids.scopes}
          label={t('scopesTyped')}
          hint={t('scopesTypedHint')}
          value={typedScopes}
          describedBy={describedBy('scopes')}
          invalid={problemsOf('scopes').length > 0}
          onChange={(text) => {
            setTypedScopes(text)
            onChange({ ...values, scopes: splitList(text) })
          }}
          error={fieldError('scopes')}
        />
      )}

      <TextField
        id={ids.audience}
        label={t('audience')}
        hint={t('audienceHint')}
        value={values.audience}
        describedBy={describedBy('audience')}
        invalid={problemsOf('audience').length > 0}
        onChange={(audience) => onChange({ ...values, audience })}
        error={fieldError('audience')}
        inputMode="url"
      />

      <div className="stack-small">
        <p className="secret-label">{t('whatIsApproved')}</p>
        <ul>
          <li>
            <code>AT</code>: {describeCapability('AT', language)}{' '}
            <CapabilityRiskLabel capability="AT" />
          </li>
        </ul>
        <p className="hint">
          {t('approvedLimits', { minutes: Math.round(STEP_UP_LIFETIME_SECONDS / 60) })}
        </p>
      </div>
      <div>
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('submit')}
        </button>
      </div>
    </form>
  )
}

function TextField({
  id,
  label,
  hint,
  value,
  describedBy,
  invalid,
  onChange,
  error,
  inputMode,
}: {
  id: string
  label: string
  hint: string
  value: string
  describedBy: string
  invalid: boolean
  onChange: (value: string) => void
  error: ReactNode
  inputMode?: 'url'
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode={inputMode}
        autoComplete="off"
        spellCheck={false}
        value={value}
        aria-describedby={describedBy}
        aria-invalid={invalid}
        onChange={(event) => onChange(event.target.value)}
      />
      <p id={`${id}-hint`} className="hint">
        {hint}
      </p>
      {error}
    </div>
  )
}
