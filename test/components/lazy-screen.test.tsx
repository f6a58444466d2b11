// @vitest-environment happy-dom
// A screen whose code was loaded ahead (at start-up or with its route) is drawn in the first render, without the
// Suspense fallback committed in between; one not loaded ahead still loads on its first render.
import { afterEach, describe, expect, it } from 'vitest';
import { Suspense } from 'react';
import { act, cleanup, render, screen } from '@testing-library/react';
import { lazyScreen } from '../../renderer/lazyScreen';

afterEach(cleanup);

function Greeting({ name }: { name: string }) {
  return <h1>Hallo {name}</h1>;
}

const drawn = (ui: React.ReactNode) => render(<Suspense fallback={<p>Laden…</p>}>{ui}</Suspense>);

describe('lazyScreen', () => {
  it('draws a preloaded screen in the first render', async () => {
    let loads = 0;
    const s = lazyScreen(async () => {
      loads++;
      return { default: Greeting };
    });
    await s.preload();
    drawn(<s.Component name="voorzitter" />);
    expect(screen.getByRole('heading').textContent).toBe('Hallo voorzitter');
    expect(screen.queryByText('Laden…')).toBeNull();
    await s.preload();
    expect(loads).toBe(1);
  });

  it('shows the fallback first for a screen not loaded ahead, then the screen', async () => {
    const s = lazyScreen(async () => ({ default: Greeting }));
    drawn(<s.Component name="notulist" />);
    expect(screen.getByText('Laden…')).toBeTruthy();
    expect(await screen.findByRole('heading')).toBeTruthy();
  });

  it('tries a failed load again on the next preload', async () => {
    let attempt = 0;
    const s = lazyScreen(async () => {
      attempt++;
      if (attempt === 1) throw new Error('verbinding weg');
      return { default: Greeting };
    });
    await expect(s.preload()).rejects.toThrow('verbinding weg');
    await act(() => s.preload());
    expect(attempt).toBe(2);
    drawn(<s.Component name="bewoner" />);
    expect(screen.getByRole('heading').textContent).toBe('Hallo bewoner');
  });
});
