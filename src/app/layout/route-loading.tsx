/** Shown while the first page's code loads (lazy routes). */
export function RouteLoading() {
  return (
    <p role="status" className="main">
      …
    </p>
  )
}
