// @vitest-environment happy-dom
// "Laden…" only after a wait worth mentioning: a screen that loads quickly never flashes it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { LoadGate, Loading, LOADING_DELAY_MS } from '../../renderer/components/LoadState';

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

describe('LoadGate', () => {
  it('shows the failure with a retry, the wait while loading, and its part once the data is there', () => {
    const reload = vi.fn(async () => {});
    const part = (data: { n: number }) => <p>{`${data.n} vergaderingen`}</p>;
    const { rerender } = render(<LoadGate loaded={{ data: undefined, error: null, reload }}>{part}</LoadGate>);
    expect(screen.getByRole('status')).toBeTruthy();
    expect(screen.queryByText(/vergaderingen/)).toBeNull();

    rerender(<LoadGate loaded={{ data: undefined, error: 'De gegevens konden niet worden geladen.', reload }}>{part}</LoadGate>);
    expect(screen.getByText('De gegevens konden niet worden geladen.')).toBeTruthy();
    act(() => screen.getByRole('button', { name: 'Opnieuw proberen' }).click());
    expect(reload).toHaveBeenCalledTimes(1);

    rerender(<LoadGate loaded={{ data: { n: 3 }, error: null, reload }}>{part}</LoadGate>);
    expect(screen.getByText('3 vergaderingen')).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });
});
