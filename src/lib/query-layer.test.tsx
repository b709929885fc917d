import { QueryClientContext, queryOptions, useQuery } from '@tanstack/react-query'
import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useContext, useState } from 'react'
import { expect, test } from 'vitest'
import { loadQueryLayer, QueryLayerProvider } from './query-layer'

function Counter() {
  const [count, setCount] = useState(0)
  const client = useContext(QueryClientContext)
  return (
    <>
      <button type="button" onClick={() => setCount(count + 1)}>
        {count}
      </button>
      {client ? <Answer /> : <p>no client</p>}
    </>
  )
}

const answer = queryOptions({ queryKey: ['answer'], queryFn: () => Promise.resolve('42') })

function Answer() {
  const { data } = useQuery(answer)
  return <p>answer {data}</p>
}

test('what is below the provider keeps its state when the query layer loads, and queries then work', async () => {
  render(
    <QueryLayerProvider>
      <Counter />
    </QueryLayerProvider>,
  )
  await userEvent.setup().click(screen.getByRole('button'))
  expect(screen.getByText('no client')).toBeInTheDocument()

  await act(() => loadQueryLayer())
  expect(await screen.findByText('answer 42')).toBeInTheDocument()
  // the same component, not a new one: the count is still there
  expect(screen.getByRole('button')).toHaveTextContent('1')
})
