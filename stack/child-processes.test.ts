// One-shot commands that fail, also before reading their input: a rejection that names them,
// never an unhandled EPIPE that ends the whole stack process.
import { describe, expect, test } from 'vitest'
import { runCommand } from './child-processes.ts'

describe('runCommand', () => {
  test('a command that exits before reading its input rejects with its name, exit code and output', async () => {
    const input = 'x'.repeat(4 * 1024 * 1024)
    const failure = runCommand('sh', ['-c', 'echo refused >&2; exit 3'], { input })
    await expect(failure).rejects.toThrow(
      /`sh -c echo refused >&2; exit 3` failed \(exit code 3\):/,
    )
    await expect(failure).rejects.toThrow(/\nrefused$/)
  })

  test('password arguments are masked in the message', async () => {
    const failure = runCommand('sh', [
      '-c',
      'exit 1',
      '--password',
      'secret-1',
      '--password=secret-2',
    ])
    await expect(failure).rejects.toThrow(
      '`sh -c exit 1 --password … --password=…` failed (exit code 1)',
    )
    await expect(failure).rejects.not.toThrow(/secret/)
  })

  test('a command that succeeds resolves with its output', async () => {
    await expect(runCommand('sh', ['-c', 'cat'], { input: 'hello' })).resolves.toBe('hello')
  })
})
