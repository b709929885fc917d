import type { Provider } from '@/lib/mytoken/api/schemas'

/** The `<option>`s of a select that chooses one of an instance's OpenID providers. */
export function ProviderOptions({ providers }: { providers: readonly Provider[] }) {
  return providers.map((p) => (
    <option key={p.issuer} value={p.issuer}>
      {p.name ?? p.issuer}
    </option>
  ))
}
