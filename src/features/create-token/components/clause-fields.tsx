import { useId } from 'react'
import { Controller, useFormContext, useWatch } from 'react-hook-form'
import { Field, FieldError } from '@/components/ui/field'
import { formatDateTime, formatRelative } from '@/lib/i18n/format-time'
import { useLanguage, useMessages } from '@/lib/i18n/i18n'
import type { Provider } from '@/lib/mytoken/api/schemas'
import { parseRelativeTime, toLocalDateTime } from '@/lib/mytoken/vocabulary/durations'
import { formMessages } from '../messages'
import type { CreateTokenValues } from '../schema'
import { useValidationMessage } from '../use-validation-message'

const EXPIRY_PRESETS = [
  ['days1', '+1d'],
  ['days7', '+7d'],
  ['days30', '+30d'],
  ['days90', '+90d'],
] as const

function Resolved({ text, now }: { text: string; now: number }) {
  const t = useMessages(formMessages)
  const { language } = useLanguage()
  const at = text.trim() === '' ? undefined : parseRelativeTime(text, now)
  if (at === undefined) return null
  return (
    <>
      {' '}
      {t('resolved', {
        absolute: formatDateTime(at * 1000, language),
        relative: formatRelative(at * 1000, language, now * 1000),
      })}
    </>
  )
}

/** One restriction clause; only keys in the instance's `restriction_claims_supported`. */
export function ClauseFields({
  index,
  count,
  supported,
  provider,
  now,
  onRemove,
}: {
  index: number
  count: number
  supported: string[]
  provider: Provider | undefined
  now: number
  onRemove: () => void
}) {
  const t = useMessages(formMessages)
  const message = useValidationMessage()
  const { register, control, setValue, getValues, formState } = useFormContext<CreateTokenValues>()
  const errors = formState.errors.clauses?.[index]
  const clause = useWatch({ control, name: `clauses.${index}` })
  const has = (key: string) => supported.includes(key)
  const scopeHintId = useId()
  const scopeErrorId = useId()
  const thisWarningId = useId()
  const path = `clauses.${index}` as const
  const setField = (field: 'exp' | 'nbf' | 'hosts', value: string) =>
    setValue(`${path}.${field}`, value, { shouldDirty: true, shouldValidate: true })

  const offeredScopes = [
    ...(provider?.scopes_supported ?? []),
    ...clause.scopes.filter((s) => !(provider?.scopes_supported ?? []).includes(s)),
  ]
  const expAt = clause.exp.trim() === '' ? undefined : parseRelativeTime(clause.exp, now)
  const hostsUseThis = clause.hosts.split(/[\s,]+/).includes('this')

  return (
    <fieldset className="fieldset clause">
      <legend>{t('clause', { number: index + 1 })}</legend>

      {has('exp') ? (
        <div className="stack-small">
          <Field
            label={t('exp')}
            hint={
              <>
                {t('expHint')}
                <Resolved text={clause.exp} now={now} />
              </>
            }
            error={message(errors?.exp?.message)}
          >
            {(props) => (
              <input type="text" autoComplete="off" {...props} {...register(`${path}.exp`)} />
            )}
          </Field>
          <div className="button-row" role="group" aria-label={t('expPresets')}>
            {EXPIRY_PRESETS.map(([label, value]) => (
              <button
                key={value}
                type="button"
                className="button button-secondary button-small"
                aria-pressed={clause.exp === value}
                onClick={() => setField('exp', value)}
              >
                {t(label)}
              </button>
            ))}
            <button
              type="button"
              className="button button-secondary button-small"
              aria-pressed={clause.exp === ''}
              onClick={() => setField('exp', '')}
            >
              {t('never')}
            </button>
          </div>
          <Field label={t('expPick')}>
            {(props) => (
              <input
                type="datetime-local"
                id={props.id}
                value={expAt !== undefined ? toLocalDateTime(expAt, 'T') : ''}
                onChange={(event) => setField('exp', event.target.value.replace('T', ' '))}
              />
            )}
          </Field>
        </div>
      ) : null}

      {has('scope') && offeredScopes.length > 0 ? (
        <Controller
          control={control}
          name={`${path}.scopes`}
          render={({ field }) => (
            <fieldset
              className="fieldset"
              aria-describedby={`${scopeHintId}${errors?.scopes ? ` ${scopeErrorId}` : ''}`}
              aria-invalid={errors?.scopes ? true : undefined}
            >
              <legend>{t('scopes')}</legend>
              <p id={scopeHintId} className="hint">
                {t('scopesHint')}
              </p>
              <div className="checks">
                {offeredScopes.map((scope) => (
                  <label key={scope} className="check">
                    <input
                      type="checkbox"
                      checked={field.value.includes(scope)}
                      onChange={(event) =>
                        field.onChange(
                          event.target.checked
                            ? [...field.value, scope]
                            : field.value.filter((s) => s !== scope),
                        )
                      }
                    />
                    <span>{scope}</span>
                  </label>
                ))}
              </div>
              <FieldError id={scopeErrorId} message={message(errors?.scopes?.message)} />
            </fieldset>
          )}
        />
      ) : null}

      {has('usages_AT') ? (
        <Field
          label={t('usagesAT')}
          hint={t('usagesATHint')}
          error={message(errors?.usagesAT?.message)}
        >
          {(props) => (
            <input type="text" inputMode="numeric" {...props} {...register(`${path}.usagesAT`)} />
          )}
        </Field>
      ) : null}

      <details className="details">
        <summary>{t('more')}</summary>
        <div className="stack">
          {has('nbf') ? (
            <Field
              label={t('nbf')}
              hint={
                <>
                  {t('nbfHint')}
                  <Resolved text={clause.nbf} now={now} />
                </>
              }
              error={message(errors?.nbf?.message)}
            >
              {(props) => (
                <input type="text" autoComplete="off" {...props} {...register(`${path}.nbf`)} />
              )}
            </Field>
          ) : null}
          {has('hosts') ? (
            <div className="stack-small">
              <Field
                label={t('hosts')}
                hint={t('hostsHint')}
                error={message(errors?.hosts?.message)}
              >
                {(props) => (
                  <input
                    type="text"
                    {...props}
                    aria-describedby={`${props['aria-describedby']}${hostsUseThis ? ` ${thisWarningId}` : ''}`}
                    {...register(`${path}.hosts`)}
                  />
                )}
              </Field>
              <div>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  disabled={hostsUseThis}
                  onClick={() => setField('hosts', `${getValues(`${path}.hosts`)} this`.trim())}
                >
                  {t('thisMachine')}
                </button>
              </div>
              {hostsUseThis ? (
                <p id={thisWarningId} className="hint warning-text">
                  <span aria-hidden="true">! </span>
                  {t('thisWarning')}
                </p>
              ) : null}
            </div>
          ) : null}
          {has('geoip_allow') ? (
            <Field
              label={t('geoipAllow')}
              hint={t('geoipAllowHint')}
              error={message(errors?.geoipAllow?.message)}
            >
              {(props) => <input type="text" {...props} {...register(`${path}.geoipAllow`)} />}
            </Field>
          ) : null}
          {has('geoip_disallow') ? (
            <Field
              label={t('geoipDisallow')}
              hint={t('geoipDisallowHint')}
              error={message(errors?.geoipDisallow?.message)}
            >
              {(props) => <input type="text" {...props} {...register(`${path}.geoipDisallow`)} />}
            </Field>
          ) : null}
          {has('audience') ? (
            <Field
              label={t('audiences')}
              hint={t('audiencesHint')}
              error={message(errors?.audiences?.message)}
            >
              {(props) => <input type="text" {...props} {...register(`${path}.audiences`)} />}
            </Field>
          ) : null}
          {has('usages_other') ? (
            <Field
              label={t('usagesOther')}
              hint={t('usagesOtherHint')}
              error={message(errors?.usagesOther?.message)}
            >
              {(props) => (
                <input
                  type="text"
                  inputMode="numeric"
                  {...props}
                  {...register(`${path}.usagesOther`)}
                />
              )}
            </Field>
          ) : null}
        </div>
      </details>

      {count > 1 ? (
        <div>
          <button type="button" className="button button-secondary button-small" onClick={onRemove}>
            {t('removeClause', { number: index + 1 })}
          </button>
        </div>
      ) : null}
    </fieldset>
  )
}
