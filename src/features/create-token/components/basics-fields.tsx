import { useFormContext } from 'react-hook-form'
import { ProviderOptions } from '@/components/provider-options'
import { Field } from '@/components/ui/field'
import { useMessages } from '@/lib/i18n/i18n'
import type { Provider } from '@/lib/mytoken/api/schemas'
import { formMessages } from '../messages'
import { MAX_NAME_LENGTH, type CreateTokenValues } from '../schema'
import { useValidationMessage } from '../use-validation-message'

/** The token's name and the OpenID provider it obtains access tokens from. */
export function BasicsFields({ providers }: { providers: readonly Provider[] }) {
  const t = useMessages(formMessages)
  const message = useValidationMessage()
  const { register, formState } = useFormContext<CreateTokenValues>()
  return (
    <fieldset className="fieldset">
      <legend>{t('basics')}</legend>
      <Field label={t('name')} hint={t('nameHint')} error={message(formState.errors.name?.message)}>
        {(props) => (
          <input type="text" maxLength={MAX_NAME_LENGTH} {...props} {...register('name')} />
        )}
      </Field>
      <Field
        label={t('provider')}
        hint={t('providerHint')}
        error={message(formState.errors.providerIssuer?.message)}
      >
        {(props) => (
          <select {...props} {...register('providerIssuer')}>
            <ProviderOptions providers={providers} />
          </select>
        )}
      </Field>
    </fieldset>
  )
}
