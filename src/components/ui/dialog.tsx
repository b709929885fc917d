import { useEffect, useId, useRef, type ReactNode } from 'react'

function focusIfPresent(element: Element | null) {
  if (element instanceof HTMLElement && element.isConnected) element.focus()
}

/**
 * A native modal `<dialog>` with a title, open while `open` is true. Escape asks `onClose`
 * instead of closing by itself, so the caller decides (e.g. not while a request runs). Focus
 * returns to the element that had it when the dialog opened, also when the dialog is unmounted
 * while open; an element removed meanwhile (a revoked row) is skipped.
 */
export function Dialog({
  open,
  title,
  onClose,
  className,
  children,
}: {
  open: boolean
  title: ReactNode
  onClose: () => void
  /** added to the shared `dialog` class */
  className?: string
  children: ReactNode
}) {
  const ref = useRef<HTMLDialogElement>(null)
  const opener = useRef<Element | null>(null)
  const shown = useRef(false)
  const titleId = useId()

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !shown.current) {
      shown.current = true
      opener.current = document.activeElement
      if (!dialog.open) dialog.showModal()
    } else if (!open && shown.current) {
      shown.current = false
      if (dialog.open) dialog.close()
      focusIfPresent(opener.current)
    }
  }, [open])

  useEffect(
    () => () => {
      if (shown.current) focusIfPresent(opener.current)
    },
    [],
  )

  return (
    <dialog
      ref={ref}
      className={className ? `dialog ${className}` : 'dialog'}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
      onClose={() => {
        // closed by the browser itself (it may ignore preventDefault on a repeated Escape)
        if (shown.current) onClose()
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  )
}
