// @vitest-environment happy-dom
// After a restore or an import the app reloads: in the desktop app main does it (the shell cancels every
// navigation the page starts, location.reload() included); in the browser the page reloads itself.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { reloadApp } from '../../renderer/rescue/reload';
import type { HostApi } from '../../shared/host';

afterEach(() => {
  delete window.coalitieHost;
  vi.restoreAllMocks();
});

describe('reloadApp', () => {
  it('asks the desktop shell to reload instead of navigating', () => {
    const reload = vi.fn(async () => ({ reloaded: true }));
    window.coalitieHost = { reload } as unknown as HostApi;
    const pageReload = vi.spyOn(window.location, 'reload').mockImplementation(() => {});
    reloadApp();
    expect(reload).toHaveBeenCalledTimes(1);
    expect(pageReload).not.toHaveBeenCalled();
  });

  it('reloads the page itself in the browser', () => {
    const pageReload = vi.spyOn(window.location, 'reload').mockImplementation(() => {});
    reloadApp();
    expect(pageReload).toHaveBeenCalledTimes(1);
  });
});
