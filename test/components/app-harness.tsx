// The whole app, as it starts, against the real core of a TestCore: for tests that follow the app's own routes.
import { render, type RenderResult } from '@testing-library/react';
import { ApiProvider } from '../../renderer/api';
import { App } from '../../renderer/App';
import type { TestCore } from './harness';

/** Renders the app on `hash` (the address it starts from; the meetings list when left out). */
export function renderApp(t: TestCore, hash?: string): RenderResult {
  if (hash !== undefined) window.location.hash = hash;
  return render(
    <ApiProvider api={t.api}>
      <App />
    </ApiProvider>,
  );
}
