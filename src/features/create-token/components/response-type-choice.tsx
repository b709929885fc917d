import { useId } from 'react'
import { useFormContext } from 'react-hook-form'
import { useMessages } from '@/lib/i18n/i18n'
import { formMessages } from '../messages'
import type { CreateTokenValues, responseTypes } from '../schema'

/** How the token is handed over (token, short token, transfer code), among those offered. */
export function ResponseTypeChoice({
  offered,
}: {
  offered: readonly (typeof responseTypes)[number][]
}) {
  const t = useMessages(formMessages)
  const hintId = useId()
  const { register } = useFormContext<CreateTokenValues>()
  return (
    <details className="details">
      <summary>{t('type')}</summary>
      <fieldset className="fieldset" aria-describedby={hintId}>
        <legend>{t('typeLabel')}</legend>
        <p id={hintId} className="hint">
          {t('typeHint')}
        </p>
        {offered.map((type) => (
          <label key={type} className="check">
            <input type="radio" value={type} {...register('responseType')} />
            <span>{t(`type.${type}`)}</span>
          </label>
        ))}
      </fieldset>
    </details>
  )
}
