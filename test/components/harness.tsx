// Renders renderer components against the REAL core: a temp SQLite file, the real dispatcher and
// services, reached through the same CoalitieApi shape the preload and the web client implement.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { openCore, type Core } from '../../main/core/core';
import type { Channel, ChannelInput, ChannelOutput, CoalitieApi } from '../../shared/contract';
import { ApiProvider } from '../../renderer/api';
import { NoticeRegions, NoticesProvider } from '../../renderer/notices';

export interface TestCore {
  core: Core;
  api: CoalitieApi;
  /** A direct call for arranging and checking the store; throws on { ok: false }. */
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
  close(): void;
}

export function openTestCore(): TestCore {
  const dir = mkdtempSync(join(tmpdir(), 'ct-'));
  const core = openCore({
    dataFile: join(dir, 't.sqlite'),
    profilePath: 'resources/groningen-noord.profile.json',
    log: () => {},
  });
  const api = new Proxy({}, { get: (_, ch) => (input: unknown) => core.dispatch(String(ch), input) }) as CoalitieApi;
  return {
    core,
    api,
    async call(channel, input) {
      const result = await core.dispatch(channel, input);
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.value as never;
    },
    close() {
      core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A screen with the providers and the notice regions the app frame gives it. */
export function renderWithCore(t: TestCore, ui: ReactElement): RenderResult {
  return render(
    <ApiProvider api={t.api}>
      <NoticesProvider>
        {ui}
        <NoticeRegions />
      </NoticesProvider>
    </ApiProvider>,
  );
}

export async function arrangeMeeting(t: TestCore, title = 'Coalitieoverleg december', startsAt = '2026-12-03T19:30') {
  const people = (await t.call('coalition:list', {})).flatMap((o) => o.people);
  return t.call('meetings:create', {
    body: 'coalitie',
    title,
    startsAt,
    place: 'Stadhuis Groningen',
    chairId: people.find((p) => p.role === 'voorzitter')?.id ?? null,
    notulistId: null,
  });
}
