/**
 * Stands in the prerendered shell (and its hydration) for what only the browser can know: the
 * session, the deployment's server. Replaced right after hydration.
 */
export function ShellPending() {
  return (
    <p role="status" className="shell-pending">
      …
    </p>
  )
}
