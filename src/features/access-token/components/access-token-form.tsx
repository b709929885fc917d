import { useId, useRef, useState, type FormEvent } from 'react'
import { CapabilityRiskLabel } from '@/components/capability-risk-label'
import { Field, FieldError, type FieldMessages } from '@/components/ui/field'
import { useLanguage, useMessages } from '@/lib/i18n/i18n'
import type { Provider } from '@/lib/mytoken/api/schemas'
import { describeCapability } from '@/lib/mytoken/vocabulary/capabilities'
import { STEP_UP_LIFETIME_SECONDS } from '@/lib/step-up/step-up'
import { splitList } from '@/lib/text/split-list'
import { accessTokenMessages } from '../messages'
import {
  MAX_AUDIENCE_LENGTH,
  MAX_AUDIENCES,
  offeredScopes,
  switchProvider,
  type AccessTokenFormValues,
  type FormProblem,
} from '../model'

/** the capability name, shown as the server spells it in every language */
const approvedCapability = 'AT'

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
  const scopesId = useId()
  const summaryId = useId()
  const provider = providers.find((p) => p.issuer === values.providerIssuer)
  const offered = offeredScopes(provider)
  const notOffered = offered.length > 0 ? values.scopes.filter((s) => !offered.includes(s)) : []
  const problemText = (problem: FormProblem) =>
    t(problem.code, {
      values: 'values' in problem ? problem.values.join(', ') : '',
      max: problem.code === 'tooManyAudiences' ? MAX_AUDIENCES : MAX_AUDIENCE_LENGTH,
    })
  /** the field's messages, or undefined when it has none */
  const errorOf = (field: FormProblem['field']) => {
    const messages = problems.filter((p) => p.field === field).map(problemText)
    return messages.length > 0 ? messages : undefined
  }

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
        <p id={summaryId} className="field-error" role="alert">
          {t('fixFirst')}
        </p>
      ) : null}
      <Field label={t('provider')} hint={t('providerHint')} error={errorOf('provider')}>
        {(field) => (
          <select
            {...field}
            value={values.providerIssuer}
            onChange={(event) => {
              const next = switchProvider(
                values,
                providers.find((p) => p.issuer === event.target.value),
              )
              setTypedScopes(next.scopes.join(' '))
              onChange(next)
            }}
          >
            {provider ? null : (
              <option value={values.providerIssuer}>{values.providerIssuer}</option>
            )}
            {providers.map((p) => (
              <option key={p.issuer} value={p.issuer}>
                {p.name ?? p.issuer}
              </option>
            ))}
          </select>
        )}
      </Field>

      {offered.length > 0 ? (
        <fieldset
          className="fieldset scope-choice"
          aria-describedby={`${scopesId}-hint${errorOf('scopes') ? ` ${scopesId}-error` : ''}`}
          aria-invalid={errorOf('scopes') ? true : undefined}
        >
          <legend>{t('scopes')}</legend>
          <p id={`${scopesId}-hint`} className="hint">
            {t('scopesHint')}
          </p>
          <ul className="scope-list">
            {[...offered, ...notOffered].map((scope) => (
              <li key={scope} className="checkbox-field">
                <input
                  id={`${scopesId}-${scope}`}
                  type="checkbox"
                  checked={values.scopes.includes(scope)}
                  aria-invalid={notOffered.includes(scope) ? true : undefined}
                  onChange={(event) => toggleScope(scope, event.target.checked)}
                />
                <label htmlFor={`${scopesId}-${scope}`} className="mono">
                  {scope}
                </label>
                {notOffered.includes(scope) ? (
                  <span className="field-error">({t('notOffered')})</span>
                ) : null}
              </li>
            ))}
          </ul>
          <FieldError id={`${scopesId}-error`} message={errorOf('scopes')} />
        </fieldset>
      ) : (
        <TextField
          label={t('scopesTyped')}
          hint={t('scopesTypedHint')}
          value={typedScopes}
          error={errorOf('scopes')}
          onChange={(text) => {
            setTypedScopes(text)
            onChange({ ...values, scopes: splitList(text) })
          }}
        />
      )}

      <TextField
        label={t('audience')}
        hint={t('audienceHint')}
        value={values.audience}
        error={errorOf('audience')}
        onChange={(audience) => onChange({ ...values, audience })}
        inputMode="url"
      />

      <div className="stack-small">
        <p className="secret-label">{t('whatIsApproved')}</p>
        <ul>
          <li>
            <code>{approvedCapability}</code>: {describeCapability(approvedCapability, language)}{' '}
            <CapabilityRiskLabel capability={approvedCapability} />
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
  label,
  hint,
  value,
  error,
  onChange,
  inputMode,
}: {
  label: string
  hint: string
  value: string
  error: FieldMessages | undefined
  onChange: (value: string) => void
  inputMode?: 'url'
}) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(field) => (
        <input
          {...field}
          type="text"
          inputMode={inputMode}
          autoComplete="off"
          spellCheck={false}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  )
}
