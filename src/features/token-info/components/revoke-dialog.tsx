import { useEffect, useId, useRef, useState } from 'react'
import { useMessages } from '@/lib/i18n/i18n'
import { tokenInfoMessages } from '../messages'
import { CapabilityList } from './decoded-token'

/**
 * Native modal dialog that says what the token can do before it is revoked. Focus returns to
 * the button that opened it.
 */
export function RevokeDialog({
  open,
  capabilities,
  onConfirm,
  onClose,
}: {
  open: boolean
  capabilities: readonly string[] | undefined
  onConfirm: (recursive: boolean) => void
  onClose: () => void
}) {
  const t = useMessages(tokenInfoMessages)
  const ref = useRef<HTMLDialogElement>(null)
  const opener = useRef<Element | null>(null)
  const [recursive, setRecursive] = useState(false)
  const titleId = useId()
  const hintId = useId()

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) {
      opener.current = document.activeElement
      setRecursive(false)
      dialog.showModal()
    } else if (!open && dialog.open) {
      dialog.close()
    }
  }, [open])

  function handleClose() {
    onClose()
    if (opener.current instanceof HTMLElement) opener.current.focus()
  }

  return (
    <dialog ref={ref} aria-labelledby={titleId} className="dialog" onClose={handleClose}>
      <form
        method="dialog"
        className="stack"
        onSubmit={(event) => {
          event.preventDefault()
          onConfirm(recursive)
          ref.current?.close()
        }}
      >
        <h2 id={titleId}>{t('dialogTitle')}</h2>
        {capabilities ? (
          <>
            <p>{t('dialogCan')}</p>
            <CapabilityList capabilities={capabilities} />
          </>
        ) : (
          <p>{t('dialogUnknown')}</p>
        )}
        <div className="checkbox-field">
          <input
            id={`${titleId}-recursive`}
            type="checkbox"
            checked={recursive}
            aria-describedby={hintId}
            onChange={(event) => setRecursive(event.target.checked)}
          />
          <label htmlFor={`${titleId}-recursive`}>{t('dialogRecursive')}</label>
        </div>
        <p id={hintId} className="hint">
          {t('dialogRecursiveHint')}
        </p>
        <div className="button-row">
          <button type="submit" className="button button-danger">
            {t('dialogConfirm')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => ref.current?.close()}
          >
            {t('dialogCancel')}
          </button>
        </div>
      </form>
    </dialog>
  )
}
