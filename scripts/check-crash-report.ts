// Proves that a dead mytoken server is reported at once: starts `npm start`'s entry point (or, with
// `stack`, `npm run stack`'s, which Playwright runs), kill -9s the server and measures the time
// until the loud notice. Exits 1 if it takes longer than 2 s or is missing.
//   STACK_SLOT=1 npx tsx scripts/check-crash-report.ts [start|stack]
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import { crashNoticeFile } from '../stack/crash-notice.ts'

const mode = process.argv[2] === 'stack' ? 'stack' : 'start'
const entry = mode === 'stack' ? 'stack/start.ts' : 'scripts/start-all.ts'
const readyLine = mode === 'stack' ? 'local stack running' : 'mytoken-web is running'
const limitMs = 2_000

/** The pids of all processes below `pid`, from /proc. */
function descendants(pid: number): number[] {
  const parents = new Map<number, number[]>()
  for (const entry of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      parents.set(ppid, [...(parents.get(ppid) ?? []), Number(entry)])
    } catch {
      // gone meanwhile
    }
  }
  const below = (p: number): number[] => (parents.get(p) ?? []).flatMap((c) => [c, ...below(c)])
  return below(pid)
}

const commOf = (pid: number) => fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim()

const child = spawn('node_modules/.bin/tsx', [entry], { stdio: ['ignore', 'pipe', 'inherit'] })
const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
let output = ''
const seen = (text: string) =>
  new Promise<number>((resolve) => {
    const check = () => {
      if (!output.includes(text)) return
      child.stdout.off('data', check)
      resolve(performance.now())
    }
    child.stdout.on('data', check)
    check()
  })
child.stdout.on('data', (chunk: Buffer) => {
  output += chunk.toString()
  process.stdout.write(chunk)
})

const timeout = (ms: number, what: string) =>
  new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error(`no ${what} after ${ms} ms`)), ms).unref(),
  )

let failed = false
try {
  await Promise.race([seen(readyLine), timeout(10 * 60_000, `"${readyLine}"`)])
  const server = descendants(child.pid!).find((pid) => commOf(pid) === 'mytoken-server')
  if (!server) throw new Error('no mytoken-server process below the stack')
  const noticed = seen('THE MYTOKEN SERVER DIED')
  const killedAt = performance.now()
  process.kill(server, 'SIGKILL')
  const reportedMs = Math.round(
    (await Promise.race([noticed, timeout(10_000, 'notice')])) - killedAt,
  )
  const recorded = fs.existsSync(crashNoticeFile)
  console.log(
    `\n== kill -9 of the mytoken server (pid ${server}) reported after ${reportedMs} ms ` +
      `(limit ${limitMs} ms); ${crashNoticeFile} ${recorded ? 'written' : 'MISSING'}`,
  )
  failed = reportedMs > limitMs || !recorded
  if (mode === 'stack') {
    const code = await Promise.race([exited, timeout(30_000, 'exit of the stack')])
    console.log(`== the stack process exited with ${code} (expected 1)`)
    failed ||= code !== 1
  }
} catch (error) {
  console.log(`\n== ${(error as Error).message}`)
  failed = true
} finally {
  if (child.exitCode === null) child.kill('SIGINT')
  await exited
}
process.exit(failed ? 1 : 0)
