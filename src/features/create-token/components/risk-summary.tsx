import { useMessages } from '@/lib/i18n/i18n'
import { formMessages } from '../messages'
import type { Risk } from '../risk-check'

/** The risk check of the current settings, each risk with a button that fixes it. */
export function RiskSummary({ risks, onFix }: { risks: Risk[]; onFix: (risk: Risk) => void }) {
  const t = useMessages(formMessages)
  return (
    <section className="card stack" aria-labelledby="risks-title">
      <h2 id="risks-title">{t('risks')}</h2>
      {risks.length === 0 ? (
        <p>
          <span aria-hidden="true">✓ </span>
          {t('noRisks')}
        </p>
      ) : (
        <ul className="risks">
          {risks.map((risk) => (
            <li key={risk.kind}>
              <span aria-hidden="true">! </span>
              {t(`risk.${risk.kind}`)}{' '}
              <button
                type="button"
                className="button button-secondary button-small"
                onClick={() => onFix(risk)}
              >
                {t(`fix.${risk.kind}`)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
