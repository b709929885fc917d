import { useEffect, useState } from 'react'

/**
 * The current time in epoch milliseconds, refreshed every `intervalMs` while `active`
 * (a stopped clock keeps its last value).
 */
export function useNow(intervalMs: number, active = true): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (!active) return
    const timer = setInterval(() => setNow(Date.now()), intervalMs)
    return () => clearInterval(timer)
  }, [intervalMs, active])
  return now
}
