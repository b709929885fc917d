import { render, screen } from '@testing-library/react'
import { expect, test } from 'vitest'
import { settingsMessages } from '../messages'
import { TextWithCode } from './text-with-code'

test('no settings text shows Markdown backticks literally', () => {
  for (const language of ['en', 'de'] as const)
    for (const text of Object.values(settingsMessages[language])) expect(text).not.toContain('`')
})

test('the Settings intro shows ssh as code, in running text', () => {
  const { container } = render(
    <p>
      <TextWithCode text={settingsMessages.en.intro} code={{ ssh: 'ssh' }} />
    </p>,
  )
  expect(container).toHaveTextContent(
    'With the SSH grant, a registered SSH key obtains access tokens with plain ssh — no token file on the machine.',
  )
  expect(screen.getByText('ssh').tagName).toBe('CODE')
})

test('a placeholder without a code value stays as it was', () => {
  const { container } = render(<TextWithCode text="a {b} c" code={{}} />)
  expect(container).toHaveTextContent('a {b} c')
})
