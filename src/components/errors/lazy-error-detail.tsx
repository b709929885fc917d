import { lazy, Suspense } from 'react'

function RawDetail({ error }: { error: unknown }) {
  return <p>{error instanceof Error ? error.message : String(error)}</p>
}

// The error sentences load only when a whole page fails (they are not part of the first page's
// JavaScript); if even that cannot load (the network is gone), the error's own text is shown.
const ErrorDetail = lazy(() =>
  import('./error-detail').then(
    (module) => ({ default: module.ErrorDetail }),
    () => ({ default: RawDetail }),
  ),
)

/** The translated sentence for an error that stopped a whole page. */
export function LazyErrorDetail({ error }: { error: unknown }) {
  return (
    <Suspense fallback={<RawDetail error={error} />}>
      <ErrorDetail error={error} />
    </Suspense>
  )
}
