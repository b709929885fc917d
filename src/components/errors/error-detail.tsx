import { useErrorMessage } from './error-messages'

/** The translated sentence for a thrown value (see error-messages.ts). */
export function ErrorDetail({ error }: { error: unknown }) {
  const describe = useErrorMessage()
  return <p>{describe(error)}</p>
}
