import type { UseFieldArrayReturn } from 'react-hook-form'
import { useMessages } from '@/lib/i18n/i18n'
import type { Provider } from '@/lib/mytoken/api/schemas'
import { formMessages } from '../messages'
import { emptyClause, type CreateTokenValues } from '../schema'
import { ClauseFields } from './clause-fields'

/** The restriction clauses (any one of them may be used), with adding and removing. */
export function RestrictionClauses({
  clauses,
  supported,
  provider,
  now,
}: {
  clauses: UseFieldArrayReturn<CreateTokenValues, 'clauses'>
  supported: string[]
  provider: Provider | undefined
  now: number
}) {
  const t = useMessages(formMessages)
  return (
    <section className="stack" aria-labelledby="restrictions-title">
      <h2 id="restrictions-title">{t('restrictions')}</h2>
      <p className="hint">{t('restrictionsHint')}</p>
      {clauses.fields.map((field, index) => (
        <ClauseFields
          key={field.id}
          index={index}
          count={clauses.fields.length}
          supported={supported}
          provider={provider}
          now={now}
          onRemove={() => clauses.remove(index)}
        />
      ))}
      <div>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => clauses.append({ ...emptyClause(), exp: '+7d' })}
        >
          {t('addClause')}
        </button>
      </div>
    </section>
  )
}
