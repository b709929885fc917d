import { useState, type ReactNode } from 'react'
import { useInstance } from '@/lib/instance/instance-provider'
import type { MytokenClient } from '@/lib/mytoken/client'
import { rememberUsageLimits } from '@/lib/mytoken/known-limits'
import type { Discovery } from '@/lib/mytoken/schemas'
import { CreateTokenForm, type CreatedToken } from './create-token-form'
import { RevealToken } from './reveal-token'

/**
 * Form first; after success the show-once reveal. The token never leaves this state. The
 * route wraps only the form in its sign-in requirement (`guardForm`): once a token exists, the
 * reveal stays even if the session ends (e.g. the user signs out before storing the token).
 */
export function CreateTokenPage({
  onDone,
  guardForm,
}: {
  onDone: () => void
  guardForm: (form: ReactNode) => ReactNode
}) {
  const { client, discovery } = useInstance()
  // The client and discovery are kept with the token: signing out clears the query cache
  // (discovery included), and the reveal must not disappear while discovery reloads.
  const [created, setCreated] = useState<{
    token: CreatedToken
    client: MytokenClient
    discovery: Discovery
  }>()
  return (
    <div className="create-token">
      {created ? (
        <RevealToken
          created={created.token}
          client={created.client}
          discovery={created.discovery}
          onDone={onDone}
        />
      ) : (
        guardForm(
          client && discovery ? (
            <CreateTokenForm
              client={client}
              discovery={discovery}
              onCreated={(token) => {
                rememberUsageLimits(
                  client.issuer,
                  token.response.mom_id,
                  token.response.restrictions,
                )
                setCreated({ token, client, discovery })
              }}
            />
          ) : null,
        )
      )}
    </div>
  )
}
