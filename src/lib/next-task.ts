/**
 * Resolves in a task of its own (a message, which unlike a timer is not delayed in a background
 * tab): the browser may handle input and paint before the caller's next step. React-free: the
 * boot script uses it too.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => resolve()
    channel.port2.postMessage(null)
  })
}
