// One progress line per slow step, printed when the step ends: "▸ creating the database … done in 3.1 s".

export type LogLine = (line: string) => void

export const defaultLog: LogLine = (line) => {
  process.stdout.write(`${line}\n`)
}

export function seconds(sinceMs: number): string {
  return `${((Date.now() - sinceMs) / 1000).toFixed(1)} s`
}

/** Runs `work` and logs one line saying how long it took (or that it failed). */
export async function step<T>(log: LogLine, title: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now()
  try {
    const result = await work()
    log(`▸ ${title} … done in ${seconds(started)}`)
    return result
  } catch (error) {
    log(`▸ ${title} … FAILED after ${seconds(started)}`)
    throw error
  }
}

export const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms))

/** Polls `probe` until it returns a value other than undefined, or fails after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  { timeoutMs = 60_000, intervalMs = 200 }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let lastError: unknown
  for (;;) {
    try {
      const value = await probe()
      if (value !== undefined) return value
    } catch (error) {
      lastError = error
    }
    if (Date.now() > deadline) {
      const reason = lastError instanceof Error ? ` (last error: ${lastError.message})` : ''
      throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}${reason}`)
    }
    await sleep(intervalMs)
  }
}
