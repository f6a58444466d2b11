// @vitest-environment happy-dom
// "Laden…" only after a wait worth mentioning: a screen that loads quickly never flashes it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { Loading, LOADING_DELAY_MS } from '../../renderer/components/LoadState';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('Loading', () => {
  it('says nothing during the first moments, then "Laden…" in its live region', () => {
    vi.useFakeTimers();
    render(<Loading />);
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('');
    act(() => vi.advanceTimersByTime(LOADING_DELAY_MS - 1));
    expect(status.textContent).toBe('');
    act(() => vi.advanceTimersByTime(1));
    expect(status.textContent).toBe('Laden…');
  });
});
