import { useNow } from '@/lib/use-now'
import { zodResolver } from '@hookform/resolvers/zod'
import { useQuery } from '@tanstack/react-query'
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react'
import { FormProvider, useFieldArray, useForm, useWatch } from 'react-hook-form'
import { useSearchParams } from 'react-router'
import { ConsentProgress } from '@/components/consent-progress'
import { useErrorMessage } from '@/components/errors/error-messages'
import { Alert } from '@/components/ui/alert'
import { displayableName } from '@/lib/text/isolate'
import { ConsentFlowError } from '@/lib/consent-flow/run-consent-flow'
import { useConsentFlow } from '@/lib/consent-flow/use-consent-flow'
import { useMessages } from '@/lib/i18n/i18n'
import type { Discovery, MytokenResponse } from '@/lib/mytoken/schemas'
import { MytokenError } from '@/lib/mytoken/errors'
import type { MytokenClient } from '@/lib/mytoken/client'
import { nowSeconds } from '@/lib/mytoken/durations'
import { profilesQueryOptions } from '../api'
import { formMessages } from '../messages'
import {
  ignoredProvider,
  presetFromParams,
  presetIds,
  presetValues,
  profileValues,
  valuesFromParams,
  type PresetId,
} from '../presets'
import { assessRisks } from '../risk-check'
import {
  createTokenSchema,
  emptyClause,
  responseTypes,
  toMytokenRequest,
  type CreateTokenValues,
} from '../schema'
import { CapabilityTree } from './capability-tree'
import { ClauseFields } from './clause-fields'
import { Field } from './field'

export interface CreatedToken {
  response: MytokenResponse
  requestedName: string
  providerName: string
  /** epoch ms */
  createdAt: number
}

export function CreateTokenForm({
  client,
  discovery,
  onCreated,
  initialValues,
  beforeSubmit,
}: {
  client: MytokenClient
  discovery: Discovery
  onCreated: (created: CreatedToken) => void
  /** starting values instead of the link's (e.g. a successor's settings) */
  initialValues?: CreateTokenValues | undefined
  /** shown just before the submit button (e.g. what happens after creation) */
  beforeSubmit?: ReactNode
}) {
  const t = useMessages(formMessages)
  const describe = useErrorMessage()
  const [params, setParams] = useSearchParams()
  // A token never belongs in a URL: if a link carried one, it is not read and removed at once.
  useEffect(() => {
    const secrets = ['mytoken', 'token', 'transfer_code', 'access_token']
    if (secrets.some((key) => params.has(key))) {
      const next = new URLSearchParams(params)
      for (const key of secrets) next.delete(key)
      setParams(next, { replace: true })
    }
  }, [params, setParams])
  const [initial] = useState(() => initialValues ?? valuesFromParams(params, discovery))
  const [providerIgnored] = useState(() => ignoredProvider(params, discovery))
  const [preset, setPreset] = useState<string>(() => presetFromParams(params))
  // the clock for previews and hints
  const now = Math.floor(useNow(15_000) / 1000)
  const providers = discovery.providers_supported
  const schema = useMemo(() => createTokenSchema({ now: nowSeconds, providers }), [providers])
  const form = useForm<CreateTokenValues>({
    resolver: zodResolver(schema),
    defaultValues: initial,
    mode: 'onTouched',
  })
  // Values from a link are checked at once: a bad one shows its message before anything else.
  const [fromLink] = useState(() => params.size > 0)
  useEffect(() => {
    if (fromLink) void form.trigger()
  }, [fromLink, form])
  const { control, register, setValue, formState } = form
  const clauses = useFieldArray({ control, name: 'clauses' })
  const values = useWatch({ control }) as CreateTokenValues
  const profiles = useQuery(profilesQueryOptions(client))

  const provider = providers.find((p) => p.issuer === values.providerIssuer)
  const providerName = provider?.name ?? provider?.issuer ?? ''
  const pending = useRef({ requestedName: '', providerName: '' })
  const flow = useConsentFlow(client, (response) =>
    onCreated({ response, ...pending.current, createdAt: Date.now() }),
  )

  // A rejection by the server is shown next to the form; nothing entered is touched.
  const flowError = flow.error
  useEffect(() => {
    if (flowError instanceof ConsentFlowError && flowError.reason === 'rejected') {
      const cause = flowError.cause
      // Too many requests or a server problem says nothing about the settings; the progress
      // area explains those.
      if (cause instanceof MytokenError && (cause.status === 429 || cause.status >= 500)) return
      const detail =
        cause instanceof MytokenError ? (cause.description ?? cause.code) : describe(cause)
      form.setError('root.serverError', { type: 'server', message: detail })
    }
  }, [flowError, form, describe])

  const request = toMytokenRequest(values, now)
  const risks = assessRisks(values, now)
  const busy = flow.status === 'pending'

  const submit = () => {
    const parsed = schema.safeParse(form.getValues())
    if (!parsed.success) {
      void form.handleSubmit(() => undefined)()
      return
    }
    form.clearErrors()
    pending.current = { requestedName: parsed.data.name.trim(), providerName }
    // Called synchronously in the submit handler: the consent tab opens right away.
    flow.start(toMytokenRequest(parsed.data, nowSeconds()))
  }

  const choosePreset = (id: string) => {
    setPreset(id)
    if ((presetIds as readonly string[]).includes(id)) {
      form.reset(presetValues(id as PresetId, discovery))
      return
    }
    const profile = profiles.data?.profiles.find((p) => `profile:${p.name}` === id)
    if (profile && profiles.data)
      form.reset(
        profileValues(profile.payload, presetValues('custom', discovery), profiles.data.fetchedAt),
      )
  }

  const applyFix = (fix: (v: CreateTokenValues) => CreateTokenValues) => {
    const next = fix(form.getValues())
    setValue('capabilities', next.capabilities, { shouldDirty: true, shouldValidate: true })
    clauses.replace(next.clauses)
    setValue('rotation', next.rotation, { shouldDirty: true })
  }

  const purposeHint = useId()
  const typeHint = useId()
  const previewId = useId()
  const rootError = formState.errors.root?.serverError?.message
  const hasFieldErrors =
    formState.isSubmitted && Object.keys(formState.errors).some((key) => key !== 'root')
  const responseTypesOffered = responseTypes.filter((type) =>
    discovery.response_types_supported.includes(type),
  )
  const presetOptions = [
    ...presetIds.map((id) => ({
      id: id as string,
      label: t(`preset.${id}`),
      hint: t(`preset.${id}.hint`),
    })),
    ...(profiles.data?.profiles ?? []).map((p) => ({
      id: `profile:${p.name}`,
      label: t('profilePreset', { name: p.name }),
      hint: t('profilePresetHint'),
    })),
  ]

  return (
    <FormProvider {...form}>
      <form
        className="create-form stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          submit()
        }}
      >
        <fieldset className="fieldset" aria-describedby={purposeHint}>
          <legend>{t('purpose')}</legend>
          <p id={purposeHint} className="hint">
            {t('purposeHint')}
          </p>
          <div className="choices">
            {presetOptions.map((option) => (
              <label key={option.id} className="choice">
                <input
                  type="radio"
                  name="preset"
                  value={option.id}
                  checked={preset === option.id}
                  onChange={() => choosePreset(option.id)}
                />
                <span className="choice-label">{option.label}</span>
                <span className="hint">{option.hint}</span>
              </label>
            ))}
          </div>
        </fieldset>

        {providerIgnored ? (
          <Alert
            tone="warning"
            title={t('providerIgnored', {
              provider: displayableName(providerIgnored),
              chosen: providerName,
            })}
          />
        ) : null}

        {values.include.trim() !== '' ? (
          <Alert
            tone="info"
            title={`${t('include')}: ${values.include}`}
            actions={
              <button
                type="button"
                className="button button-secondary"
                onClick={() => setValue('include', '', { shouldDirty: true })}
              >
                {t('removeInclude')}
              </button>
            }
          >
            <p>{t('includeHint', { name: values.include })}</p>
          </Alert>
        ) : null}

        <fieldset className="fieldset">
          <legend>{t('basics')}</legend>
          <Field label={t('name')} hint={t('nameHint')} error={formState.errors.name?.message}>
            {(props) => <input type="text" maxLength={100} {...props} {...register('name')} />}
          </Field>
          <Field
            label={t('provider')}
            hint={t('providerHint')}
            error={formState.errors.providerIssuer?.message}
          >
            {(props) => (
              <select {...props} {...register('providerIssuer')}>
                {providers.map((p) => (
                  <option key={p.issuer} value={p.issuer}>
                    {p.name ?? p.issuer}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </fieldset>

        <CapabilityTree
          value={values.capabilities}
          error={formState.errors.capabilities?.message}
          onChange={(next) =>
            setValue('capabilities', next, {
              shouldDirty: true,
              shouldValidate: formState.isSubmitted,
            })
          }
        />

        <section className="stack" aria-labelledby="restrictions-title">
          <h2 id="restrictions-title">{t('restrictions')}</h2>
          <p className="hint">{t('restrictionsHint')}</p>
          {clauses.fields.map((field, index) => (
            <ClauseFields
              key={field.id}
              index={index}
              count={clauses.fields.length}
              supported={discovery.restriction_claims_supported}
              provider={provider}
              now={now}
              onRemove={() => clauses.remove(index)}
            />
          ))}
          <div>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => clauses.append({ ...emptyClause(), exp: '+7d' })}
            >
              {t('addClause')}
            </button>
          </div>
        </section>

        <details className="details">
          <summary>{t('rotation')}</summary>
          <div className="stack">
            <p className="hint">{t('rotationHint')}</p>
            <label className="check">
              <input type="checkbox" {...register('rotation.onAT')} />
              <span>{t('onAT')}</span>
            </label>
            <label className="check">
              <input type="checkbox" {...register('rotation.onOther')} />
              <span>{t('onOther')}</span>
            </label>
            <Field
              label={t('lifetime')}
              hint={t('lifetimeHint')}
              error={formState.errors.rotation?.lifetime?.message}
            >
              {(props) => <input type="text" {...props} {...register('rotation.lifetime')} />}
            </Field>
            <label className="check">
              <input type="checkbox" {...register('rotation.autoRevoke')} />
              <span>
                {t('autoRevoke')} <span className="hint">{t('autoRevokeHint')}</span>
              </span>
            </label>
          </div>
        </details>

        {responseTypesOffered.length > 1 ? (
          <details className="details">
            <summary>{t('type')}</summary>
            <fieldset className="fieldset" aria-describedby={typeHint}>
              <legend>{t('typeLabel')}</legend>
              <p id={typeHint} className="hint">
                {t('typeHint')}
              </p>
              {responseTypesOffered.map((type) => (
                <label key={type} className="check">
                  <input type="radio" value={type} {...register('responseType')} />
                  <span>{t(`type.${type}`)}</span>
                </label>
              ))}
            </fieldset>
          </details>
        ) : null}

        <section className="card stack" aria-labelledby="risks-title">
          <h2 id="risks-title">{t('risks')}</h2>
          {risks.length === 0 ? (
            <p>
              <span aria-hidden="true">✓ </span>
              {t('noRisks')}
            </p>
          ) : (
            <ul className="risks">
              {risks.map((risk) => (
                <li key={risk.kind}>
                  <span aria-hidden="true">! </span>
                  {t(`risk.${risk.kind}`)}{' '}
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    onClick={() => applyFix(risk.fix)}
                  >
                    {t(`fix.${risk.kind}`)}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>

        <details className="details">
          <summary>{t('preview')}</summary>
          <p id={previewId} className="visually-hidden">
            {t('previewLabel')}
          </p>
          {/* focusable so keyboard users can scroll it (axe: scrollable-region-focusable) */}
          {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
          <pre className="preview" aria-labelledby={previewId} tabIndex={0}>
            {JSON.stringify(
              { grant_type: 'oidc_flow', oidc_flow: 'authorization_code', ...request },
              null,
              2,
            )}
          </pre>
        </details>

        {rootError ? (
          <div className="field-error" role="alert">
            <span aria-hidden="true">✕ </span>
            {t('serverError', { detail: rootError })}
          </div>
        ) : null}
        {hasFieldErrors ? (
          <p className="field-error" role="alert">
            <span aria-hidden="true">✕ </span>
            {t('fixErrors')}
          </p>
        ) : null}

        {beforeSubmit}
        <div className="stack-small">
          <p className="hint">{t('submitHint')}</p>
          <div>
            <button type="submit" className="button button-primary" disabled={busy}>
              {t('submit')}
            </button>
          </div>
        </div>
      </form>
      <ConsentProgress flow={flow} providerName={providerName} onRetry={submit} />
    </FormProvider>
  )
}
