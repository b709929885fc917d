import { CopyButton } from '@/components/copy-button'
import { useMessages } from '@/lib/i18n/i18n'
import { sweepMessages } from './messages'

/** One line for an incident report: what was found, revoked, when (no token in it). */
export function SweepSummary({ text }: { text: string }) {
  const t = useMessages(sweepMessages)
  return (
    <div className="stack-small">
      <h3>{t('summaryHeading')}</h3>
      <p className="sweep-summary">{text}</p>
      <CopyButton text={text} label={t('copySummary')} />
    </div>
  )
}
