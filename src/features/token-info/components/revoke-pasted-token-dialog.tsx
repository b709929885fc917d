import { useState } from 'react'
import { Dialog } from '@/components/ui/dialog'
import { CheckboxField } from '@/components/ui/field'
import { useMessages } from '@/lib/i18n/i18n'
import { tokenInfoMessages } from '../messages'
import { CapabilityList } from './decoded-token'

/** Says what the token can do before it is revoked. */
export function RevokePastedTokenDialog({
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
  const [recursive, setRecursive] = useState(false)

  // the next opening starts unticked again
  const close = () => {
    setRecursive(false)
    onClose()
  }

  return (
    <Dialog open={open} title={t('dialogTitle')} onClose={close}>
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault()
          onConfirm(recursive)
          close()
        }}
      >
        {capabilities ? (
          <>
            <p>{t('dialogCan')}</p>
            <CapabilityList capabilities={capabilities} />
          </>
        ) : (
          <p>{t('dialogUnknown')}</p>
        )}
        <CheckboxField
          label={t('dialogRecursive')}
          hint={t('dialogRecursiveHint')}
          checked={recursive}
          onChange={setRecursive}
        />
        <div className="button-row">
          <button type="submit" className="button button-danger">
            {t('dialogConfirm')}
          </button>
          <button type="button" className="button button-secondary" onClick={close}>
            {t('dialogCancel')}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
