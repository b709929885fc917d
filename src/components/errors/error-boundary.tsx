import { Component, type ComponentType, type ReactNode } from 'react'

export interface FallbackProps {
  error: unknown
  resetErrorBoundary: () => void
}

interface Props {
  FallbackComponent: ComponentType<FallbackProps>
  children: ReactNode
}

/** Shows `FallbackComponent` in place of a subtree that threw while rendering, until reset. */
export class ErrorBoundary extends Component<Props, { failed: boolean; error: unknown }> {
  override state = { failed: false, error: undefined as unknown }

  static getDerivedStateFromError(error: unknown) {
    return { failed: true, error }
  }

  private readonly reset = () => this.setState({ failed: false, error: undefined })

  override render() {
    const { FallbackComponent, children } = this.props
    if (!this.state.failed) return children
    return <FallbackComponent error={this.state.error} resetErrorBoundary={this.reset} />
  }
}
