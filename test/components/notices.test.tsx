// @vitest-environment happy-dom
// Which notices survive a route change: the success that led to it stays, however long the next screen takes to be
// drawn; an older success and any error go.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { NoticeRegions, NoticesProvider, useNotices } from '../../renderer/notices';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

let notices: ReturnType<typeof useNotices>;
function Capture() {
  notices = useNotices();
  return null;
}

const at = (hash: string, resetAt: number) => (
  <NoticesProvider resetKey={hash} resetAt={resetAt}>
    <Capture />
    <NoticeRegions />
  </NoticesProvider>
);
const said = () => screen.getByRole('status').textContent;

describe('NoticesProvider on a route change', () => {
  it('keeps a success given just before the address changed, even when the screen is drawn seconds later', () => {
    vi.useFakeTimers({ now: new Date('2027-06-24T19:30:00Z') });
    const { rerender } = render(at('#/vergaderingen/1', Date.now()));
    act(() => notices.showSuccess('De vergadering is gestart.'));
    act(() => vi.advanceTimersByTime(500));
    const changedAt = Date.now();
    // The next screen's code came late: it is committed three seconds after the address changed.
    act(() => vi.advanceTimersByTime(3000));
    rerender(at('#/vergaderingen/1/vergadermodus', changedAt));
    expect(said()).toBe('De vergadering is gestart.');
  });

  it('clears a success given well before the address changed, and any error', () => {
    vi.useFakeTimers({ now: new Date('2027-06-24T19:30:00Z') });
    const { rerender } = render(at('#/vergaderingen', Date.now()));
    act(() => notices.showSuccess('De gegevens zijn opgeslagen.'));
    act(() => vi.advanceTimersByTime(2500));
    rerender(at('#/acties', Date.now()));
    expect(said()).toBe('');

    act(() => notices.showError('De gegevens konden niet worden opgeslagen.'));
    rerender(at('#/besluiten', Date.now()));
    expect(screen.getByRole('alert').textContent).toBe('');
  });
});
