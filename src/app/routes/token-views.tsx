import { NavLink } from 'react-router'
import { timelineMessages } from '@/features/tokens/messages'
import { useMessages } from '@/lib/i18n/i18n'
import { paths } from '../paths'

/** "List | Timeline | Review" above the tokens: three views of the same tokens. */
export function TokenViews() {
  const t = useMessages(timelineMessages)
  return (
    <nav aria-label={t('views')} className="nav token-views">
      <NavLink to={paths.tokens} end>
        {t('listView')}
      </NavLink>
      <NavLink to={paths.timeline}>{t('timelineView')}</NavLink>
      <NavLink to={paths.review}>{t('reviewView')}</NavLink>
    </nav>
  )
}
