import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, test } from 'vitest'
import { CheckboxField, Field } from './field'

test('the control is labelled and described by its hint; no error, not invalid', () => {
  render(
    <Field label="Name" hint="What you will call it.">
      {(props) => <input {...props} />}
    </Field>,
  )
  const input = screen.getByLabelText('Name')
  expect(input).toHaveAccessibleDescription('What you will call it.')
  expect(input).toHaveAttribute('aria-invalid', 'false')
  expect(screen.queryByRole('alert')).toBeNull()
})

test('an error is shown below the control, marks it invalid and joins its description', () => {
  render(
    <Field label="Name" hint="What you will call it." error="At most 100 characters.">
      {(props) => <input {...props} />}
    </Field>,
  )
  const input = screen.getByLabelText('Name')
  expect(input).toHaveAttribute('aria-invalid', 'true')
  expect(input).toHaveAccessibleDescription('What you will call it. At most 100 characters.')
  // shown while the user moves through the form: not an alert unless asked for
  expect(screen.queryByRole('alert')).toBeNull()
})

test('announceError makes the message an alert; without a hint only the error describes', () => {
  render(
    <Field label="Token" error="The field is empty." announceError>
      {(props) => <textarea {...props} />}
    </Field>,
  )
  expect(screen.getByRole('alert')).toHaveTextContent('The field is empty.')
  expect(screen.getByLabelText('Token')).toHaveAccessibleDescription('The field is empty.')
})

test('no hint and no error: no empty aria-describedby', () => {
  render(<Field label="Sort">{(props) => <select {...props} />}</Field>)
  expect(screen.getByLabelText('Sort')).not.toHaveAttribute('aria-describedby')
})

test('CheckboxField: the label follows the box, the hint describes it, a click reports the new state', async () => {
  const seen: boolean[] = []
  render(
    <CheckboxField
      label="Also revoke sub-tokens"
      hint="They stop working too."
      checked={false}
      onChange={(on) => seen.push(on)}
    />,
  )
  const box = screen.getByRole('checkbox', { name: 'Also revoke sub-tokens' })
  expect(box).toHaveAccessibleDescription('They stop working too.')
  await userEvent.setup().click(box)
  expect(seen).toEqual([true])
})

test('several messages: each on its own line, all describe the control', () => {
  render(
    <Field label="Audience" hint="Where it is used." error={['Too long: a', 'Not a URL: b']}>
      {(props) => <input {...props} />}
    </Field>,
  )
  const input = screen.getByLabelText('Audience')
  expect(input).toHaveAttribute('aria-invalid', 'true')
  expect(input).toHaveAccessibleDescription('Where it is used. Too long: a Not a URL: b')
  expect(screen.getByText('Too long: a').tagName).toBe('P')
  expect(screen.getByText('Not a URL: b').tagName).toBe('P')
})

const keyField = (liveCheck: { error?: string; confirmation?: string; warning?: string }) => (
  <Field label="Public key" hint="Paste it." liveCheck={liveCheck}>
    {(props) => <textarea {...props} />}
  </Field>
)

test('liveCheck: an always-present status line shows the confirmation, then the problem', () => {
  const { rerender } = render(keyField({}))
  const status = screen.getByRole('status')
  expect(status).toBeEmptyDOMElement()
  const input = screen.getByLabelText('Public key')
  expect(input).toHaveAttribute('aria-invalid', 'false')
  // the empty line is referenced from the start, so what it will say describes the control
  expect(input.getAttribute('aria-describedby')).toContain(status.id)
  expect(input).toHaveAccessibleDescription(expect.stringMatching(/^Paste it\.\s*$/))

  rerender(keyField({ confirmation: 'Valid key' }))
  expect(screen.getByRole('status')).toBe(status)
  expect(status).toHaveTextContent('✓ Valid key')
  expect(status).toHaveClass('hint')
  expect(input).toHaveAttribute('aria-invalid', 'false')
  expect(input).toHaveAccessibleDescription('Paste it. Valid key')

  rerender(keyField({ confirmation: 'Valid key', warning: 'Weak key' }))
  expect(status).toHaveTextContent('✓ Valid key ⚠ Weak key')
  expect(input).toHaveAttribute('aria-invalid', 'false')
  expect(input).toHaveAccessibleDescription('Paste it. Valid key Weak key')

  rerender(keyField({ error: 'Not a key', warning: 'Weak key' }))
  expect(screen.getByRole('status')).toBe(status)
  expect(status).toHaveTextContent('✕ Not a key')
  expect(status).toHaveClass('field-error')
  expect(input).toHaveAttribute('aria-invalid', 'true')
  expect(input).toHaveAccessibleDescription('Paste it. Not a key')
  expect(screen.queryByRole('alert')).toBeNull()
})

test('CheckboxField: disabled when asked; no hint, no description', () => {
  render(
    <CheckboxField
      label={
        <>
          Blocked usages <span>security:blocked_usages</span>
        </>
      }
      checked
      disabled
      onChange={() => undefined}
    />,
  )
  const box = screen.getByRole('checkbox', { name: 'Blocked usages security:blocked_usages' })
  expect(box).toBeDisabled()
  expect(box).toBeChecked()
  expect(box).not.toHaveAttribute('aria-describedby')
})
