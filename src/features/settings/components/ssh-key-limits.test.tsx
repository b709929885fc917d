// mytoken server 0.10.x crashes on `ssh … MT`: a new SSH key is never offered or sent
// `create_mytoken` there, and the form says why; later versions offer it.
import { screen, within } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { renderWithProviders } from '@/testing/render-with-providers'
import { limitsToSpec, SshKeyLimits, type KeyLimits } from './ssh-key-limits'

const limits: KeyLimits = { capabilities: ['AT'], expiresDays: '30', usagesAT: '10' }

function offeredCapabilities(): string[] {
  return screen
    .getAllByRole('checkbox')
    .map((box) => box.closest('label')?.querySelector('code')?.textContent ?? '')
}

describe('the capabilities of a new SSH key', () => {
  test('on mytoken server 0.10.1: no create_mytoken, with the reason', () => {
    renderWithProviders(
      <SshKeyLimits value={limits} onChange={() => undefined} serverVersion="0.10.1" />,
    )
    expect(offeredCapabilities()).toEqual(['AT', 'tokeninfo', 'manage_mytokens:list'])
    const reason = screen.getByText(/^create_mytoken is not offered/)
    expect(reason).toHaveTextContent(
      'create_mytoken is not offered: mytoken server 0.10.1 crashes when a key runs ssh … MT.',
    )
    expect(within(reason).getByText('ssh … MT').tagName).toBe('CODE')
  })

  test('the reason in German', () => {
    renderWithProviders(
      <SshKeyLimits value={limits} onChange={() => undefined} serverVersion="0.10.1" />,
      { language: 'de' },
    )
    expect(
      screen.getByText(/^create_mytoken wird nicht angeboten: mytoken-Server 0\.10\.1 stürzt ab/),
    ).toBeVisible()
  })

  test('on a later version: create_mytoken is offered, no reason', () => {
    renderWithProviders(
      <SshKeyLimits value={limits} onChange={() => undefined} serverVersion="0.11.0" />,
    )
    expect(offeredCapabilities()).toContain('create_mytoken')
    expect(screen.queryByText(/create_mytoken is not offered/)).toBeNull()
  })

  test('is never sent to a 0.10 server, whatever the form state holds', () => {
    const withMt = { ...limits, capabilities: ['AT', 'create_mytoken'] }
    expect(limitsToSpec(withMt, 0, '0.10.1')?.capabilities).toEqual(['AT'])
    expect(limitsToSpec(withMt, 0, '0.11.0')?.capabilities).toEqual(['AT', 'create_mytoken'])
  })
})

describe('the limits of a new SSH key stay within the server’s range', () => {
  const now = Date.UTC(2026, 11, 7)
  const spec = (change: Partial<KeyLimits>) => limitsToSpec({ ...limits, ...change }, now, '0.10.1')

  test('sends a number of days and of uses in range as they are', () => {
    expect(spec({ expiresDays: '30', usagesAT: '1000000000' })?.restrictions).toEqual([
      { exp: now / 1000 + 30 * 86400, usages_AT: 1_000_000_000 },
    ])
  })

  test.each([
    ['99999999 days (the year ~275,000)', { expiresDays: '99999999' }],
    [
      'a day after the year 9999',
      { expiresDays: String(Math.ceil((253_402_300_800 - now / 1000) / 86400)) },
    ],
    ['1e20 uses', { usagesAT: '100000000000000000000' }],
    ['one use more than a billion', { usagesAT: '1000000001' }],
    ['an exponent', { usagesAT: '1e3' }],
  ])('sends nothing for %s', (_, change) => {
    expect(spec(change)).toBeUndefined()
  })

  test('says what the limit is under the field', () => {
    renderWithProviders(
      <SshKeyLimits
        value={{ ...limits, expiresDays: '99999999', usagesAT: '100000000000000000000' }}
        onChange={() => undefined}
        serverVersion="0.10.1"
      />,
    )
    expect(
      screen.getByRole('textbox', { name: /Key stops working after/ }),
    ).toHaveAccessibleDescription(
      /^At most [\d,]+ days: the server takes no date after the year 9999\.$/,
    )
    expect(
      screen.getByRole('textbox', { name: /Access tokens it may obtain/ }),
    ).toHaveAccessibleDescription('At most 1,000,000,000, or leave it empty for no limit.')
  })
})
