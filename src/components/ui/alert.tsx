import type { ReactNode } from 'react'

type Tone = 'error' | 'warning' | 'info' | 'success'

const icons: Record<Tone, string> = { error: '✕', warning: '!', info: 'i', success: '✓' }

/**
 * A message box. Errors and warnings are announced at once (role="alert"); info and success
 * politely (role="status"). The tone is also spelled out by an icon and the title, never by
 * colour alone.
 */
export function Alert({
  tone,
  title,
  children,
  actions,
}: {
  tone: Tone
  title: string
  children?: ReactNode
  actions?: ReactNode
}) {
  return (
    <div
      className={`alert alert-${tone}`}
      role={tone === 'error' || tone === 'warning' ? 'alert' : 'status'}
    >
      <span className="alert-icon" aria-hidden="true">
        {icons[tone]}
      </span>
      <div className="alert-body">
        <p className="alert-title">{title}</p>
        {children ? <div className="alert-text">{children}</div> : null}
        {actions ? <div className="alert-actions">{actions}</div> : null}
      </div>
    </div>
  )
}
