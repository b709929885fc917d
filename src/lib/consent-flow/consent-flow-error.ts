// Apart from the flow itself, so that showing its errors does not load the flow's code.
export type ConsentFailure =
  /** the user pressed Cancel on the consent page */
  | 'denied'
  /** the user declined at the provider, or the flow was aborted there */
  | 'aborted'
  /** the polling code expired before the user finished */
  | 'expired'
  /** the server rejected the request before the flow started */
  | 'rejected'
  /** the server could not be reached when starting */
  | 'network'

export class ConsentFlowError extends Error {
  readonly reason: ConsentFailure

  constructor(reason: ConsentFailure, cause?: unknown) {
    super(`consent flow failed: ${reason}`, { cause })
    this.name = 'ConsentFlowError'
    this.reason = reason
  }
}
