import { useCallback, useEffect, useRef, useState } from 'react'
import { nextTask } from '@/lib/next-task'
import { scanText, type FoundCandidate } from './scan-text'

/** Main-thread time one slice of the scan may take before the browser gets a turn. */
const SLICE_MS = 8

export type ScanState =
  | { status: 'idle' }
  | { status: 'scanning'; progress: number }
  | { status: 'done'; id: number; candidates: FoundCandidate[] }

/**
 * Scans a text in slices of a few milliseconds, each in a task of its own: the page answers
 * input and paints between them, and shows the progress. A new scan (or leaving) ends the last.
 */
export function useTextScan() {
  const [state, setState] = useState<ScanState>({ status: 'idle' })
  const generation = useRef(0)
  useEffect(
    () => () => {
      generation.current += 1
    },
    [],
  )

  const start = useCallback(async (text: string) => {
    generation.current += 1
    const mine = generation.current
    setState({ status: 'scanning', progress: 0 })
    const scan = scanText(text)
    let sliceStart = performance.now()
    for (let step = scan.next(); ; step = scan.next()) {
      if (step.done) {
        setState({ status: 'done', id: mine, candidates: step.value })
        return
      }
      if (performance.now() - sliceStart >= SLICE_MS) {
        setState({ status: 'scanning', progress: step.value.done / step.value.total })
        await nextTask()
        if (generation.current !== mine) return
        sliceStart = performance.now()
      }
    }
  }, [])

  const reset = useCallback(() => {
    generation.current += 1
    setState({ status: 'idle' })
  }, [])

  return { state, start, reset }
}
