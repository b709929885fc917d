/**
 * Stands in the prerendered shell (and its hydration) for what only the browser can know: the
 * session, the deployment's server. Replaced right after hydration. `signedInOnly`: shown only
 * in a tab that holds a session (styles.css, html[data-session]); a signed-out tab sees what
 * the shell shows for signed-out users instead.
 */
export function ShellPending({ signedInOnly = false }: { signedInOnly?: boolean }) {
  return (
    <p role="status" className="shell-pending" data-shell-signed-in={signedInOnly ? '' : undefined}>
      …
    </p>
  )
}
