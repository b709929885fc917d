import type { RefObject } from 'react'
import { Field } from '@/components/ui/field'
import { useMessages } from '@/lib/i18n/i18n'
import { commonMessages, listMessages } from '../messages'
import type { SortKey, StatusFilter } from '../model'
import { SortField } from './sort-field'

/** Search, status filter, sort order and expand/collapse-all above the token table. */
export function TokenListToolbar({
  countId,
  searchRef,
  query,
  setQuery,
  status,
  setStatus,
  sort,
  setSort,
  filtering,
  onExpandAll,
  onCollapseAll,
}: {
  /** the element that says how many tokens are shown; it describes the search field */
  countId: string
  searchRef: RefObject<HTMLInputElement | null>
  query: string
  setQuery: (query: string) => void
  status: StatusFilter
  setStatus: (status: StatusFilter) => void
  sort: SortKey
  setSort: (sort: SortKey) => void
  filtering: boolean
  onExpandAll: () => void
  onCollapseAll: () => void
}) {
  const t = useMessages(listMessages)
  const tc = useMessages(commonMessages)
  return (
    <div className="token-toolbar" role="search">
      <Field label={t('search')}>
        {(props) => (
          <input
            {...props}
            ref={searchRef}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            aria-describedby={countId}
          />
        )}
      </Field>
      <Field label={t('status')}>
        {(props) => (
          <select
            {...props}
            value={status}
            onChange={(event) => setStatus(event.target.value as StatusFilter)}
          >
            <option value="all">{t('statusAll')}</option>
            <option value="active">{tc('active')}</option>
            <option value="expiring">{tc('expiring')}</option>
            <option value="expired">{tc('expired')}</option>
          </select>
        )}
      </Field>
      <SortField sort={sort} setSort={setSort} />
      {!filtering ? (
        <div className="token-toolbar-buttons">
          <button type="button" className="button button-secondary" onClick={onExpandAll}>
            {t('expandAll')}
          </button>
          <button type="button" className="button button-secondary" onClick={onCollapseAll}>
            {t('collapseAll')}
          </button>
        </div>
      ) : null}
    </div>
  )
}
