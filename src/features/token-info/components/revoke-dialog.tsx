import { useState, type ReactNode } from 'react'
import { Dialog } from '@/components/ui/dialog'
import { CheckboxField } from '@/components/ui/field'
import { useMessages } from '@/lib/i18n/i18n'
import { tokenInfoMessages } from '../messages'

/**
 * Asks before revoking (one pasted token or the sweep's valid ones), with the choice to revoke
 * their sub-tokens too. `children` says what is revoked.
 */
export function RevokeDialog({
  open,
  title,
  confirmLabel,
  recursiveLabel,
  recursiveHint,
  children,
  onConfirm,
  onClose,
}: {
  open: boolean
  title: string
  confirmLabel: string
  recursiveLabel: string
  recursiveHint: string
  children: ReactNode
  onConfirm: (recursive: boolean) => void
  onClose: () => void
}) {
  const t = useMessages(tokenInfoMessages)
  const [recursive, setRecursive] = useState(false)

  // the next opening starts unticked again
  const close = () => {
    setRecursive(false)
    onClose()
  }

  return (
    <Dialog open={open} title={title} onClose={close}>
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault()
          onConfirm(recursive)
          close()
        }}
      >
        {children}
        <CheckboxField
          label={recursiveLabel}
          hint={recursiveHint}
          checked={recursive}
          onChange={setRecursive}
        />
        <div className="button-row">
          <button type="submit" className="button button-danger">
            {confirmLabel}
          </button>
          <button type="button" className="button button-secondary" onClick={close}>
            {t('dialogCancel')}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
