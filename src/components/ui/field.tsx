import { useId, type ReactNode } from 'react'

export interface FieldControlProps {
  id: string
  'aria-describedby': string | undefined
  'aria-invalid': boolean
}

/**
 * A validation message under its control or group. `announce` makes it an alert, for a message
 * that appears on submit rather than while the user moves through the form.
 */
export function FieldError({
  id,
  message,
  announce = false,
}: {
  id: string
  message: string | undefined
  announce?: boolean
}) {
  return message ? (
    <p id={id} className="field-error" role={announce ? 'alert' : undefined}>
      <span aria-hidden="true">✕ </span>
      {message}
    </p>
  ) : null
}

/**
 * Label, control, one-sentence hint and the validation message right below the control. The
 * control gets its id, `aria-describedby` (hint and message) and `aria-invalid` from `children`'
 * props.
 */
export function Field({
  label,
  hint,
  error,
  announceError = false,
  className = 'field',
  children,
}: {
  label: string
  hint?: ReactNode
  /** the message to show, already in the user's language */
  error?: string | undefined
  announceError?: boolean
  className?: string
  children: (props: FieldControlProps) => ReactNode
}) {
  const id = useId()
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const describedBy = [hint ? hintId : '', error ? errorId : ''].join(' ').trim()
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-describedby': describedBy || undefined,
        'aria-invalid': error !== undefined,
      })}
      {hint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
      <FieldError id={errorId} message={error} announce={announceError} />
    </div>
  )
}

/** A checkbox with its label after it and, optionally, a hint below that describes it. */
export function CheckboxField({
  label,
  hint,
  checked,
  onChange,
}: {
  label: ReactNode
  hint?: ReactNode
  checked: boolean
  onChange: (checked: boolean) => void
}) {
  const id = useId()
  const hintId = `${id}-hint`
  return (
    <>
      <div className="checkbox-field">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          aria-describedby={hint ? hintId : undefined}
          onChange={(event) => onChange(event.target.checked)}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      {hint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
    </>
  )
}
