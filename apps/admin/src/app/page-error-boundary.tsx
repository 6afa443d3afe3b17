import { Component, lazy, Suspense, type ReactNode } from "react";

// Its illustrations are heavy, and rarely needed: fetched when a page has failed.
const PageErrorResult = lazy(() => import("./route-error-boundary").then((m) => ({ default: m.PageErrorResult })));

/**
 * The page-level boundary inside the console layout (its routes are descendant routes, where
 * react-router's errorElement does not apply): keeps header and menu usable when one page fails.
 * `resetKey` (the path) clears the error when the viewer navigates elsewhere.
 */
export class PageErrorBoundary extends Component<{ resetKey: string; children: ReactNode }, { error: unknown; key: string }> {
  override state = { error: null as unknown, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  static getDerivedStateFromProps(props: { resetKey: string }, state: { error: unknown; key: string }) {
    return props.resetKey === state.key ? null : { error: null, key: props.resetKey };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <Suspense fallback={null}>
        <PageErrorResult error={this.state.error} />
      </Suspense>
    );
  }
}
