// Done-when test of issue 10: a capability shows the same risk label on the create page
// (capability tree) and on the token-info page (decoded token), in both languages.
import { screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { CapabilityTree } from '@/features/create-token/components/capability-tree'
import { DecodedToken } from '@/features/token-info/components/decoded-token'
import { capabilityRisks, describeRisk } from '@/lib/mytoken/vocabulary/capabilities'
import { renderWithProviders } from '@/testing/render-with-providers'

const capabilities = [...capabilityRisks.keys()]

/** capability → the risk label shown next to it, read from the rendered page */
function shownRisks(items: HTMLElement[]): Map<string, string> {
  const risks = new Map<string, string>()
  for (const item of items) {
    const name = item.querySelector('code')?.textContent ?? ''
    const label = item.querySelector('.risk')?.textContent ?? ''
    if (name) risks.set(name, label)
  }
  return risks
}

test.each(['en', 'de'] as const)(
  'every capability has the same risk label on the create page and on the token-info page (%s)',
  (language) => {
    const create = renderWithProviders(<CapabilityTree value={[]} onChange={() => undefined} />, {
      language,
    })
    const onCreatePage = shownRisks(
      screen.getAllByRole('checkbox').map((box) => box.closest('label') as HTMLElement),
    )
    create.unmount()

    const info = renderWithProviders(
      <DecodedToken
        payload={{ iss: 'https://mytoken.example', capabilities }}
        instanceName={undefined}
        providerName={undefined}
        now={Date.now()}
        signature={null}
      />,
      { language },
    )
    const list = info.container.querySelector<HTMLElement>('.capability-list')!
    const onTokenInfoPage = shownRisks(within(list).getAllByRole('listitem'))

    expect([...onCreatePage.keys()].sort()).toEqual([...capabilities].sort())
    expect(onTokenInfoPage).toEqual(onCreatePage)
    // and the label is the level the vocabulary defines
    for (const [name, risk] of capabilityRisks)
      expect(onCreatePage.get(name), name).toBe(`(${describeRisk(risk, language)})`)
  },
)
