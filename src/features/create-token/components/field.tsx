import { useId, type ReactNode } from 'react'
import { useMessages } from '@/lib/i18n/i18n'
import { validationMessages } from '../messages'

/** Translates a validation key from the schema; unknown texts are shown as they are. */
export function useValidationMessage() {
  const t = useMessages(validationMessages)
  return (message: string | undefined) =>
    message === undefined
      ? undefined
      : message in validationMessages.en
        ? t(message as keyof typeof validationMessages.en)
        : message
}

export interface FieldControlProps {
  id: string
  'aria-describedby': string
  'aria-invalid': boolean
}

/** Label, control, one-sentence hint and the validation message right below the control. */
export function Field({
  label,
  hint,
  error,
  children,
}: {
  label: string
  hint?: ReactNode
  error?: string | undefined
  children: (props: FieldControlProps) => ReactNode
}) {
  const id = useId()
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const message = useValidationMessage()(error)
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-describedby': [hint ? hintId : '', message ? errorId : ''].join(' ').trim(),
        'aria-invalid': message !== undefined,
      })}
      {hint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
      {message ? (
        <p id={errorId} className="field-error">
          <span aria-hidden="true">✕ </span>
          {message}
        </p>
      ) : null}
    </div>
  )
}

/** The validation message of a group (fieldset) of checkboxes. */
export function GroupError({ id, error }: { id: string; error?: string | undefined }) {
  const message = useValidationMessage()(error)
  return message ? (
    <p id={id} className="field-error">
      <span aria-hidden="true">✕ </span>
      {message}
    </p>
  ) : null
}
