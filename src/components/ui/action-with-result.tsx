import type { ReactNode } from 'react'
import { useErrorMessage } from '@/components/errors/error-messages'
import { Alert } from '@/components/ui/alert'

/** What the action shows of its request: a TanStack Query mutation fits as it is. */
export interface ActionState {
  isPending: boolean
  isError: boolean
  error: unknown
}

/**
 * A button that starts a request, and below it one polite live region with the pending line,
 * the error and the result (`children`, e.g. a SecretBox): everything the request says is
 * announced in one place. The button is disabled while the request runs.
 */
export function ActionWithResult({
  label,
  onRun,
  state,
  buttonClassName = 'button',
  disabled = false,
  pendingText,
  errorTitle,
  errorText,
  liveClassName,
  children,
}: {
  label: string
  onRun: () => void
  state: ActionState
  buttonClassName?: string
  disabled?: boolean
  pendingText?: string
  /** with it, the error is this title and the description below; without, the description is the title */
  errorTitle?: string
  /** the description of an error; the app's usual wording when not given */
  errorText?: (error: unknown) => string
  liveClassName?: string
  children?: ReactNode
}) {
  const describe = useErrorMessage()
  const text = state.isError ? (errorText ?? describe)(state.error) : ''
  return (
    <>
      <div>
        <button
          type="button"
          className={buttonClassName}
          disabled={state.isPending || disabled}
          onClick={onRun}
        >
          {label}
        </button>
      </div>
      <div aria-live="polite" className={liveClassName}>
        {state.isPending && pendingText ? <p>{pendingText}</p> : null}
        {state.isError ? (
          errorTitle ? (
            <Alert tone="error" title={errorTitle}>
              <p>{text}</p>
            </Alert>
          ) : (
            <Alert tone="error" title={text} />
          )
        ) : null}
        {children}
      </div>
    </>
  )
}
