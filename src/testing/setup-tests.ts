import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach, beforeEach, vi } from 'vitest'
import { sessionNotice } from '@/lib/session/session-notice'

// jsdom may lack the modal dialog API that the app's <dialog>s use
if (!HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.open = true
  }
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    this.open = false
  }
}

afterEach(() => {
  cleanup()
  // set by the app's QueryClient when a test's session query is answered with invalid_token
  sessionNotice.set(undefined)
  sessionStorage.clear()
  localStorage.clear()
})

// A console.error in a test is a bug unless the test expects it (and then mocks it itself).
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error was called: ${args.map(String).join(' ')}`)
  })
})
