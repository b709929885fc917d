import { useState } from 'react'
import { useMessages } from '@/lib/i18n/i18n'
import { useNow } from '@/lib/use-now'
import { tokenInfoMessages } from '../messages'

/** "ABCD EFGH": groups of four are easier to read out and type. */
export function groupCode(code: string): string[] {
  return code.match(/.{1,4}/g) ?? []
}

function minutesSeconds(seconds: number): string {
  const m = Math.floor(seconds / 60)
  const s = seconds % 60
  return `${m}:${s.toString().padStart(2, '0')}`
}

/** A created transfer code with a countdown of its lifetime. */
export function TransferCodeDisplay({ code, expiresIn }: { code: string; expiresIn: number }) {
  const t = useMessages(tokenInfoMessages)
  const [deadline] = useState(() => Date.now() + expiresIn * 1000)
  const now = useNow(1000)
  const left = Math.max(0, Math.round((deadline - now) / 1000))
  return (
    <div className="stack">
      <p className="mono transfer-code">
        <span aria-hidden="true">
          {groupCode(code).map((group, i) => (
            <span key={i} className="code-group">
              {group}
            </span>
          ))}
        </span>
        <span className="visually-hidden" data-testid="transfer-code">
          {code}
        </span>
      </p>
      <p className="hint">
        {left > 0 ? t('codeValid', { time: minutesSeconds(left) }) : t('codeGone')}
      </p>
    </div>
  )
}
