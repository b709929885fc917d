// mytoken server 0.10.x crashes on `ssh … MT`: a new SSH key is never offered or sent
// `create_mytoken` there, and the form says why; later versions offer it.
import { screen } from '@testing-library/react'
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
    expect(
      screen.getByText(
        'create_mytoken is not offered: mytoken server 0.10.1 crashes when a key runs `ssh … MT`.',
      ),
    ).toBeVisible()
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
