// Prints one closing line for the whole run ("N passed, N failed") from the JSON reports of
// Vitest and Playwright, so CI logs end with a count of what really ran.
import { existsSync, readFileSync } from 'node:fs'

const [unitFile, e2eFile] = process.argv.slice(2)
let passed = 0
let failed = 0
let skipped = 0

if (unitFile && existsSync(unitFile)) {
  const unit = JSON.parse(readFileSync(unitFile, 'utf8'))
  passed += unit.numPassedTests
  failed += unit.numFailedTests
  skipped += unit.numPendingTests + unit.numTodoTests
  console.log(`unit tests: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed`)
}
if (e2eFile && existsSync(e2eFile)) {
  const { stats } = JSON.parse(readFileSync(e2eFile, 'utf8'))
  passed += stats.expected + stats.flaky
  failed += stats.unexpected
  skipped += stats.skipped
  console.log(
    `end-to-end tests: ${stats.expected + stats.flaky} passed, ${stats.unexpected} failed`,
  )
} else {
  failed += 1
  console.log('end-to-end tests: no report (the run did not start)')
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
