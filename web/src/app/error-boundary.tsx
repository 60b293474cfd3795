import { Alert, Button } from '@mantine/core';
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function PageFailed() {
  const { t } = useTranslation();
  return (
    <Alert color="red" role="alert" title={t('errors.title')} maw={640}>
      {t('errors.pageFailed')}
      <div>
        <Button mt="sm" onClick={() => window.location.reload()}>
          {t('actions.reload')}
        </Button>
      </div>
    </Alert>
  );
}

interface ErrorBoundaryProps {
  children: ReactNode;
  /** A new value (another address) tries the children again. */
  resetKey?: string;
}

/**
 * A page that failed to render or to load its code (offline, or a new deployment removed the old
 * chunk) shows an error with "Neu laden" instead of leaving the whole app blank.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidUpdate(previous: ErrorBoundaryProps): void {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) this.setState({ failed: false });
  }

  override render(): ReactNode {
    return this.state.failed ? <PageFailed /> : this.props.children;
  }
}
