// The marks beside a token's name: the app's own session, the client a token belongs to.
import { useMessages } from '@/lib/i18n/i18n'
import type { TokenEntry } from '@/lib/mytoken/api/schemas'
import { knownClientOf } from '@/lib/mytoken/vocabulary/known-clients'
import { commonMessages } from '../messages'

/** Marks the token of this app's own session. */
export function SessionMark() {
  const t = useMessages(commonMessages)
  return (
    <span className="token-session-mark">
      <span aria-hidden="true">★</span> {t('session')}
    </span>
  )
}

/** Says which other known client a token belongs to (the built-in web interface, the CLI). */
export function KnownClientMark({ entry }: { entry: TokenEntry }) {
  const t = useMessages(commonMessages)
  const client = knownClientOf(entry)
  if (!client) return null
  return <span className="token-client-mark">{t(`client.${client}`)}</span>
}
