import { zodResolver } from '@hookform/resolvers/zod'
import { useQuery } from '@tanstack/react-query'
import {
  memo,
  startTransition,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react'
import { FormProvider, useFieldArray, useForm, useWatch, type UseFormReturn } from 'react-hook-form'
import { useSearchParams } from 'react-router'
import { ConsentProgress } from '@/components/consent-progress'
import { useErrorMessage } from '@/components/errors/error-messages'
import { ConsentFlowError } from '@/lib/consent-flow/consent-flow-error'
import { useConsentFlow } from '@/lib/consent-flow/use-consent-flow'
import { useMessages } from '@/lib/i18n/i18n'
import type { MytokenClient } from '@/lib/mytoken/api/client'
import { MytokenError } from '@/lib/mytoken/api/errors'
import type { Discovery, MytokenResponse } from '@/lib/mytoken/api/schemas'
import { nowSeconds } from '@/lib/mytoken/vocabulary/durations'
import { useNow } from '@/lib/use-now'
import { profilesQueryOptions, type ServerProfiles } from '../api'
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
  responseTypes,
  toMytokenRequest,
  type CreateTokenValues,
} from '../schema'
import { BasicsFields } from './basics-fields'
import { CapabilityTree } from './capability-tree'
import { LinkNotices } from './link-notices'
import { PurposeChoice } from './purpose-choice'
import { RequestPreview } from './request-preview'
import { ResponseTypeChoice } from './response-type-choice'
import { RestrictionClauses } from './restriction-clauses'
import { RiskSummary } from './risk-summary'
import { RotationFields } from './rotation-fields'

export interface CreatedToken {
  response: MytokenResponse
  requestedName: string
  providerName: string
  /** epoch ms */
  createdAt: number
}

interface CreateTokenFormProps {
  client: MytokenClient
  discovery: Discovery
  onCreated: (created: CreatedToken) => void
  /** starting values instead of the link's (e.g. a successor's settings) */
  initialValues?: CreateTokenValues | undefined
  /** shown just before the submit button (e.g. what happens after creation) */
  beforeSubmit?: ReactNode
  /** false while `beforeSubmit` still waits for an answer that changes its size */
  beforeSubmitSettled?: boolean
}

/**
 * The server's profiles become choices above the rest of the form: the form waits for them (or
 * their failure), and for `beforeSubmit` to settle, so that nothing moves once it is shown (a
 * submit button that moves between a press and its release gets no click). It is large: it is
 * created once, in a deferred render that React splits into short slices, not in the query
 * update's one long task. Memoised: the page around it re-renders as its other queries answer.
 */
export const CreateTokenForm = memo(function CreateTokenForm(props: CreateTokenFormProps) {
  const profiles = useQuery(profilesQueryOptions(props.client))
  const settled = !profiles.isPending && props.beforeSubmitSettled !== false
  const showForm = useDeferredValue(settled, false)
  if (!settled || !showForm) return <p role="status">…</p>
  return <TokenRequestForm {...props} profiles={profiles.data} />
})

type TokenRequestFormProps = CreateTokenFormProps & { profiles: ServerProfiles | undefined }

/**
 * Creates the form (react-hook-form, the schema, the starting values); its fields are a component
 * of their own, so that React can yield between the two when it first renders them.
 */
function TokenRequestForm(props: TokenRequestFormProps) {
  const { discovery, initialValues } = props
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
  const [initialPreset] = useState(() => presetFromParams(params))
  // Values from a link are checked at once: a bad one shows its message before anything else.
  const [fromLink] = useState(() => params.size > 0)
  const providers = discovery.providers_supported
  const schema = useMemo(() => createTokenSchema({ now: nowSeconds, providers }), [providers])
  const form = useForm<CreateTokenValues>({
    resolver: zodResolver(schema),
    defaultValues: initial,
    mode: 'onTouched',
  })
  useEffect(() => {
    if (fromLink) void form.trigger()
  }, [fromLink, form])
  return (
    <FormProvider {...form}>
      <TokenRequestFields
        {...props}
        form={form}
        schema={schema}
        providerIgnored={providerIgnored}
        initialPreset={initialPreset}
      />
    </FormProvider>
  )
}

function TokenRequestFields({
  client,
  discovery,
  onCreated,
  beforeSubmit,
  profiles,
  form,
  schema,
  providerIgnored,
  initialPreset,
}: TokenRequestFormProps & {
  form: UseFormReturn<CreateTokenValues>
  schema: ReturnType<typeof createTokenSchema>
  providerIgnored: string | undefined
  initialPreset: string
}) {
  const t = useMessages(formMessages)
  const describe = useErrorMessage()
  const [preset, setPreset] = useState(initialPreset)
  // the clock for previews and hints
  const now = Math.floor(useNow(15_000) / 1000)
  const providers = discovery.providers_supported
  const { control, setValue, formState } = form
  const clauses = useFieldArray({ control, name: 'clauses' })
  const values = useWatch({ control }) as CreateTokenValues

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

  // The form's upper part is committed (and laid out) first; the rest follows in a transition
  // right after: two shorter tasks on a slow phone instead of one long one.
  const [lowerPart, setLowerPart] = useState(false)
  useEffect(() => startTransition(() => setLowerPart(true)), [])

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
    const profile = profiles?.profiles.find((p) => `profile:${p.name}` === id)
    if (profile && profiles)
      form.reset(
        profileValues(profile.payload, presetValues('custom', discovery), profiles.fetchedAt),
      )
  }

  const applyFix = (fix: (v: CreateTokenValues) => CreateTokenValues) => {
    const next = fix(form.getValues())
    setValue('capabilities', next.capabilities, { shouldDirty: true, shouldValidate: true })
    clauses.replace(next.clauses)
    setValue('rotation', next.rotation, { shouldDirty: true })
  }

  const rootError = formState.errors.root?.serverError?.message
  const hasFieldErrors =
    formState.isSubmitted && Object.keys(formState.errors).some((key) => key !== 'root')
  const responseTypesOffered = responseTypes.filter((type) =>
    discovery.response_types_supported.includes(type),
  )

  return (
    <>
      <form
        className="create-form stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          submit()
        }}
      >
        <PurposeChoice
          value={preset}
          profileNames={profiles?.profiles.map((p) => p.name) ?? []}
          onChoose={choosePreset}
        />

        <LinkNotices ignoredProvider={providerIgnored} chosenProviderName={providerName} />

        <BasicsFields providers={providers} />

        {lowerPart ? (
          <>
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

            <RestrictionClauses
              clauses={clauses}
              supported={discovery.restriction_claims_supported}
              provider={provider}
              now={now}
            />

            <RotationFields />

            {responseTypesOffered.length > 1 ? (
              <ResponseTypeChoice offered={responseTypesOffered} />
            ) : null}

            <RiskSummary risks={risks} onFix={(risk) => applyFix(risk.fix)} />

            <RequestPreview request={request} />

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
          </>
        ) : null}
      </form>
      <ConsentProgress flow={flow} providerName={providerName} onRetry={submit} />
    </>
  )
}
