import { useFormContext } from 'react-hook-form'
import { Field } from '@/components/ui/field'
import { useMessages } from '@/lib/i18n/i18n'
import { formMessages } from '../messages'
import type { CreateTokenValues } from '../schema'
import { useValidationMessage } from '../use-validation-message'

/** When the token is replaced by a new string, and what happens to a replaced one. */
export function RotationFields() {
  const t = useMessages(formMessages)
  const message = useValidationMessage()
  const { register, formState } = useFormContext<CreateTokenValues>()
  return (
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
          error={message(formState.errors.rotation?.lifetime?.message)}
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
  )
}
