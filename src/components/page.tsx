import { useEffect, type ReactNode } from 'react'

/** A page with its heading; sets the document title so each route is announced by name. */
export function Page({
  title,
  intro,
  children,
}: {
  title: string
  intro?: ReactNode
  children?: ReactNode
}) {
  useEffect(() => {
    document.title = `${title} · mytoken-web`
  }, [title])
  return (
    <div className="page">
      <h1>{title}</h1>
      {intro ? <div className="intro">{intro}</div> : null}
      {children}
    </div>
  )
}
