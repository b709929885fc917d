import { useState } from 'react'
import { Alert } from '@/components/ui/alert'
import { useMessages } from '@/lib/i18n/i18n'
import { useInstance } from '@/lib/instance/instance-provider'
import { useSession } from '@/lib/session/use-session'
import { displayableName } from '@/lib/text/isolate'
import { RevokeTokensDialog } from '../components/revoke-tokens-dialog'
import { replacedMessages } from './messages'

/**
 * Below a new token that replaces an old one (the review's "replace with a narrower one"): the
 * offer to revoke the old token, with the usual confirmation. Shown only while signed in.
 */
export function ReplacedTokenOffer({ momId, name }: { momId: string; name: string }) {
  const t = useMessages(replacedMessages)
  const { client } = useInstance()
  const session = useSession()
  const [confirming, setConfirming] = useState(false)
  const [revoked, setRevoked] = useState(false)
  if (!client || !session) return null
  if (revoked) return <Alert tone="success" title={t('revoked')} />
  return (
    <section className="card stack" aria-label={t('title', { name: shown(name) })}>
      <h2>{t('title', { name: shown(name) })}</h2>
      <p>{t('text')}</p>
      <div>
        <button type="button" className="button button-danger" onClick={() => setConfirming(true)}>
          {t('revoke')}
        </button>
      </div>
      {confirming ? (
        <RevokeTokensDialog
          client={client}
          sessionMomId={session.momId}
          // sub-tokens of the old one are kept (they become tokens of their own)
          targets={[{ momId, name, descendantCount: 0 }]}
          onClose={(results) => {
            setConfirming(false)
            if (results?.some((r) => r.ok)) setRevoked(true)
          }}
        />
      ) : null}
    </section>
  )

  function shown(text: string) {
    return text ? displayableName(text) : t('unnamed')
  }
}
