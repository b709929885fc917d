import { useState } from 'react'
import { useMessages } from '@/lib/i18n/i18n'
import { sweepMessages } from './messages'

/** One line for an incident report: what was found, revoked, when (no token in it). */
export function SweepSummary({ text }: { text: string }) {
  const t = useMessages(sweepMessages)
  const [status, setStatus] = useState('')
  return (
    <div className="stack-small">
      <h3>{t('summaryHeading')}</h3>
      <p className="sweep-summary">{text}</p>
      <div className="button-row">
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() =>
            void navigator.clipboard.writeText(text).then(
              () => setStatus(t('copied')),
              () => setStatus(t('copyFailed')),
            )
          }
        >
          {t('copySummary')}
        </button>
        <span role="status" className="hint">
          {status}
        </span>
      </div>
    </div>
  )
}
