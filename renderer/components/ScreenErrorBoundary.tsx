// A screen whose code could not be loaded (the connection to the web host dropped, or the app was updated in the
// meantime) or that failed while drawing: a Dutch message and a way on, instead of an empty window. App keys it by
// the route, so another screen starts afresh.
import { Component, type ReactNode } from 'react';

export class ScreenErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="load-failed" role="alert">
        <h1>Dit scherm kon niet worden geladen</h1>
        <p>
          Mogelijk is de verbinding met Coalitietafel verbroken, of is de app intussen bijgewerkt. Wat al is opgeslagen,
          blijft bewaard.
        </p>
        {/* React keeps a failed screen load for the rest of the page's life: only a reload tries again. */}
        <button type="button" onClick={() => window.location.reload()}>
          Opnieuw laden
        </button>
      </div>
    );
  }
}
