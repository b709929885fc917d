import { useState } from 'react'
import { Dialog } from '@/components/ui/dialog'
import { CheckboxField } from '@/components/ui/field'
import { useMessages } from '@/lib/i18n/i18n'
import { sweepMessages } from './messages'

/** Names how many tokens "Revoke all valid ones" revokes before it does. */
export function RevokeAllDialog({
  open,
  count,
  onConfirm,
  onClose,
}: {
  open: boolean
  count: number
  onConfirm: (recursive: boolean) => void
  onClose: () => void
}) {
  const t = useMessages(sweepMessages)
  const [recursive, setRecursive] = useState(false)

  const close = () => {
    setRecursive(false)
    onClose()
  }

  return (
    <Dialog
      open={open}
      title={count === 1 ? t('dialogTitleOne') : t('dialogTitle', { count })}
      onClose={close}
    >
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault()
          onConfirm(recursive)
          close()
        }}
      >
        <p>{t('dialogText')}</p>
        <CheckboxField
          label={t('dialogRecursive')}
          hint={t('dialogRecursiveHint')}
          checked={recursive}
          onChange={setRecursive}
        />
        <div className="button-row">
          <button type="submit" className="button button-danger">
            {t('dialogConfirm', { count })}
          </button>
          <button type="button" className="button button-secondary" onClick={close}>
            {t('dialogCancel')}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
