import { Component, type ReactNode } from 'react';
import { Button, Result } from '@crm/ui-kit';

interface Props {
  name: string;
  title: string;
  retryLabel: string;
  onRetry: () => void;
  children: ReactNode;
}
interface State {
  error: Error | null;
}

/** One per remote page: a broken or unreachable remote never takes the shell down with it. */
export class RemoteErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error) {
    console.warn(`[shell] remote "${this.props.name}" failed:`, error.message);
  }

  private retry = () => {
    this.setState({ error: null });
    this.props.onRetry();
  };

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div role="alert" data-testid={`remote-error-${this.props.name}`}>
        <Result
          status="warning"
          title={this.props.title}
          subTitle={error.message.slice(0, 300)}
          extra={
            <Button type="primary" onClick={this.retry}>
              {this.props.retryLabel}
            </Button>
          }
        />
      </div>
    );
  }
}
