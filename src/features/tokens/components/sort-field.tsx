import { Field } from '@/components/ui/field'
import { useMessages } from '@/lib/i18n/i18n'
import { listMessages } from '../messages'
import { SORT_KEYS, type SortKey } from '../model'

const SORT_LABELS = {
  'created-desc': 'sortCreatedDesc',
  'created-asc': 'sortCreatedAsc',
  'expires-asc': 'sortExpiresAsc',
  'expires-desc': 'sortExpiresDesc',
} as const satisfies Record<SortKey, string>

/** The "Sort by" choice of the token list and the timeline. */
export function SortField({ sort, setSort }: { sort: SortKey; setSort: (sort: SortKey) => void }) {
  const t = useMessages(listMessages)
  return (
    <Field label={t('sort')}>
      {(props) => (
        <select
          {...props}
          value={sort}
          onChange={(event) => setSort(event.target.value as SortKey)}
        >
          {SORT_KEYS.map((key) => (
            <option key={key} value={key}>
              {t(SORT_LABELS[key])}
            </option>
          ))}
        </select>
      )}
    </Field>
  )
}
