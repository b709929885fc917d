import { useId, type ReactNode } from 'react'

export interface FieldControlProps {
  id: string
  'aria-describedby': string | undefined
  'aria-invalid': boolean
}

/** One message, or several (each on its own line), already in the user's language. */
export type FieldMessages = string | readonly string[]

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
  message: FieldMessages | undefined
  announce?: boolean
}) {
  if (!message || message.length === 0) return null
  const role = announce ? 'alert' : undefined
  if (typeof message === 'string')
    return (
      <p id={id} className="field-error" role={role}>
        <span aria-hidden="true">✕ </span>
        {message}
      </p>
    )
  return (
    <div id={id} className="field-error" role={role}>
      {message.map((line) => (
        <p key={line}>
          <span aria-hidden="true">✕ </span>
          {line}
        </p>
      ))}
    </div>
  )
}

/**
 * The result of a check that runs while the user types, in a polite live region that is always
 * present (so every change is read out): the problem (✕), else the confirmation (✓) with its
 * warning (⚠) if any, else empty.
 */
function LiveCheckMessage({
  id,
  error,
  confirmation,
  warning,
}: {
  id: string
  error: string | undefined
  confirmation: string | undefined
  warning: string | undefined
}) {
  const text = error ?? confirmation
  return (
    <p id={id} className={error !== undefined ? 'field-error' : 'hint'} role="status">
      {text !== undefined ? (
        <>
          <span aria-hidden="true">{error !== undefined ? '✕ ' : '✓ '}</span>
          <span className="break">{text}</span>
        </>
      ) : null}
      {error === undefined && warning !== undefined ? (
        <>
          {' '}
          <br />
          <span aria-hidden="true">⚠ </span>
          <strong className="break">{warning}</strong>
        </>
      ) : null}
    </p>
  )
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
  liveCheck,
  className = 'field',
  children,
}: {
  label: string
  hint?: ReactNode
  /** the message(s) to show, already in the user's language */
  error?: FieldMessages | undefined
  announceError?: boolean
  /**
   * For a check that runs as the user types, instead of `error`/`announceError`: its problem or
   * confirmation, shown in a live region below the control.
   */
  liveCheck?: {
    error?: string | undefined
    confirmation?: string | undefined
    /** a concern that does not block: shown under the confirmation */
    warning?: string | undefined
  }
  className?: string
  children: (props: FieldControlProps) => ReactNode
}) {
  const id = useId()
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const invalid = liveCheck ? liveCheck.error !== undefined : error !== undefined
  const describedBy = [hint ? hintId : '', liveCheck || error ? errorId : ''].join(' ').trim()
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-describedby': describedBy || undefined,
        'aria-invalid': invalid,
      })}
      {hint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
      {liveCheck ? (
        <LiveCheckMessage
          id={errorId}
          error={liveCheck.error}
          confirmation={liveCheck.confirmation}
          warning={liveCheck.warning}
        />
      ) : (
        <FieldError id={errorId} message={error} announce={announceError} />
      )}
    </div>
  )
}

/** A checkbox with its label after it and, optionally, a hint below that describes it. */
export function CheckboxField({
  label,
  hint,
  checked,
  onChange,
  disabled = false,
  indent = 0,
}: {
  label: ReactNode
  hint?: ReactNode
  checked: boolean
  onChange: (checked: boolean) => void
  disabled?: boolean
  /** nesting level under a parent choice; each level indents by 1.5rem */
  indent?: number
}) {
  const id = useId()
  const hintId = `${id}-hint`
  return (
    <>
      <div
        className="checkbox-field"
        style={indent > 0 ? { paddingInlineStart: `${indent * 1.5}rem` } : undefined}
      >
        <input
          id={id}
          type="checkbox"
          checked={checked}
          disabled={disabled}
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
