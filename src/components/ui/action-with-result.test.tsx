import { useMutation } from '@tanstack/react-query'
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest'
import { SecretBox } from '@/components/secret-box'
import { renderWithProviders } from '@/testing/render-with-providers'
import { ActionWithResult } from './action-with-result'

const server = setupServer()
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

function GetCode({ errorTitle }: { errorTitle?: string }) {
  const mutation = useMutation({
    mutationFn: async () => {
      const response = await fetch('https://mt.example/code', { method: 'POST' })
      if (!response.ok) throw new Error(`status ${response.status}`)
      return (await response.json()) as { code: string }
    },
  })
  return (
    <ActionWithResult
      label="Get a code"
      state={mutation}
      pendingText="Asking…"
      errorTitle={errorTitle}
      errorText={(error) => `It failed: ${(error as Error).message}`}
      onRun={() => mutation.mutate()}
    >
      {mutation.data ? <SecretBox label="Code" secret={mutation.data.code} /> : null}
    </ActionWithResult>
  )
}

test('pending line while the request runs, then the result in the same live region', async () => {
  let release: () => void = () => undefined
  server.use(
    http.post('https://mt.example/code', async () => {
      await new Promise<void>((resolve) => (release = resolve))
      return HttpResponse.json({ code: 'ABCDEFGH' })
    }),
  )
  const user = userEvent.setup()
  renderWithProviders(<GetCode />)
  const button = screen.getByRole('button', { name: 'Get a code' })
  await user.click(button)
  expect(await screen.findByText('Asking…')).toBeInTheDocument()
  expect(button).toBeDisabled()
  release()
  const secret = await screen.findByLabelText('Code')
  expect(secret).toHaveTextContent('hidden (8 characters)')
  expect(secret.closest('[aria-live="polite"]')).not.toBeNull()
  expect(screen.queryByText('Asking…')).toBeNull()
  expect(button).toBeEnabled()
})

test('an error is an alert in the live region, with or without its own title', async () => {
  server.use(http.post('https://mt.example/code', () => new HttpResponse(null, { status: 500 })))
  const user = userEvent.setup()
  const { unmount } = renderWithProviders(<GetCode />)
  await user.click(screen.getByRole('button', { name: 'Get a code' }))
  expect(await screen.findByRole('alert')).toHaveTextContent('It failed: status 500')
  unmount()

  renderWithProviders(<GetCode errorTitle="No code" />)
  await user.click(screen.getByRole('button', { name: 'Get a code' }))
  const alert = await screen.findByRole('alert')
  expect(alert).toHaveTextContent('No code')
  expect(alert).toHaveTextContent('It failed: status 500')
  expect(alert.closest('[aria-live="polite"]')).not.toBeNull()
})
