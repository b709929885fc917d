import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { expect, test } from 'vitest'
import { Dialog } from './dialog'

function Harness({ mountWhileOpen = false }: { mountWhileOpen?: boolean }) {
  const [open, setOpen] = useState(false)
  const dialog = (
    <Dialog open={mountWhileOpen || open} title="Really?" onClose={() => setOpen(false)}>
      <button type="button" onClick={() => setOpen(false)}>
        Cancel
      </button>
    </Dialog>
  )
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      {mountWhileOpen ? (open ? dialog : null) : dialog}
    </>
  )
}

test('opens as a modal named by its title, and focus returns to the opener when it closes', async () => {
  const user = userEvent.setup()
  render(<Harness />)
  expect(screen.queryByRole('dialog')).toBeNull()

  const opener = screen.getByRole('button', { name: 'Open' })
  await user.click(opener)
  const dialog = screen.getByRole('dialog', { name: 'Really?' })
  expect(dialog).toHaveProperty('open', true)
  expect(dialog).toHaveClass('dialog')

  await user.click(screen.getByRole('button', { name: 'Cancel' }))
  expect(dialog).toHaveProperty('open', false)
  expect(opener).toHaveFocus()
})

test('Escape asks the owner instead of closing by itself', () => {
  const asked: string[] = []
  render(
    <Dialog open title="Busy" onClose={() => asked.push('close')}>
      <p>Working…</p>
    </Dialog>,
  )
  const dialog = screen.getByRole('dialog', { name: 'Busy' })
  const escape = new Event('cancel', { cancelable: true })
  dialog.dispatchEvent(escape)
  expect(asked).toEqual(['close'])
  // a browser closes the dialog after a cancel event unless its default is prevented (jsdom
  // closes nothing, so the dialog's `open` would prove nothing here)
  expect(escape.defaultPrevented).toBe(true)
})

test('a dialog the browser closes by itself tells the owner', () => {
  const asked: string[] = []
  render(
    <Dialog open title="Busy" onClose={() => asked.push('close')}>
      <p>Working…</p>
    </Dialog>,
  )
  screen.getByRole('dialog', { name: 'Busy' }).dispatchEvent(new Event('close'))
  expect(asked).toEqual(['close'])
})

test('a dialog that is open while mounted returns focus to its opener when unmounted', async () => {
  const user = userEvent.setup()
  render(<Harness mountWhileOpen />)
  const opener = screen.getByRole('button', { name: 'Open' })
  await user.click(opener)
  expect(screen.getByRole('dialog', { name: 'Really?' })).toHaveProperty('open', true)
  await user.click(screen.getByRole('button', { name: 'Cancel' }))
  expect(screen.queryByRole('dialog')).toBeNull()
  expect(opener).toHaveFocus()
})
