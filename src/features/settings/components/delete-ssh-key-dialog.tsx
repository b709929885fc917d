import { useErrorMessage } from '@/components/errors/error-messages'
import { Dialog } from '@/components/ui/dialog'
import { useMessages } from '@/lib/i18n/i18n'
import type { MytokenClient } from '@/lib/mytoken/api/client'
import type { Credential } from '@/lib/mytoken/api/credential'
import type { SshKeyEntry } from '@/lib/mytoken/api/schemas'
import { useDeleteSshKey } from '../api'
import { settingsMessages } from '../messages'

/** Asks before a key is deleted (its token is revoked with it); closes once the server agreed. */
export function DeleteSshKeyDialog({
  sshKey,
  name,
  api,
  credential,
  onClose,
}: {
  /** the key to ask about; undefined: closed */
  sshKey: SshKeyEntry | undefined
  name: string
  api: MytokenClient
  credential: Credential
  onClose: () => void
}) {
  const t = useMessages(settingsMessages)
  const describe = useErrorMessage()
  const remove = useDeleteSshKey(api, credential)
  const finish = () => {
    remove.reset()
    onClose()
  }
  // not while the request runs: its answer decides what the list shows
  const close = () => {
    if (!remove.isPending) finish()
  }
  return (
    <Dialog open={sshKey !== undefined} title={t('deleteTitle', { name })} onClose={close}>
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault()
          if (!sshKey) return
          remove.mutate(sshKey.ssh_key_fp, { onSuccess: finish })
        }}
      >
        <p>{t('deleteText')}</p>
        {sshKey ? (
          <p>
            {t('fingerprint')}: <code className="break">{sshKey.ssh_key_fp}</code>
          </p>
        ) : null}
        {remove.error ? <p role="alert">{describe(remove.error)}</p> : null}
        <div className="button-row">
          <button type="submit" className="button button-danger" disabled={remove.isPending}>
            {remove.isPending ? t('deleting') : t('deleteConfirm')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            disabled={remove.isPending}
            onClick={close}
          >
            {t('cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
