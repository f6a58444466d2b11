// The browser tests find a Chromium on a newcomer's machine too: CHROMIUM_PATH, else the system's, else
// Playwright's own; none of them is a clear message before the first test (playwright.config.ts throws it).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { afterAll, describe, expect, it } from 'vitest';
import { findChromium } from '../helpers/chromium';

const dir = mkdtempSync(join(tmpdir(), 'coalitietafel-chromium-'));
const installed = (name: string) => {
  const file = join(dir, name);
  writeFileSync(file, '');
  return file;
};
const absent = join(dir, 'afwezig', 'chrome');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('findChromium', () => {
  it("uses Playwright's own Chromium where the system has none and CHROMIUM_PATH is not set", () => {
    const own = installed('playwright-chrome');
    expect(findChromium({ env: {}, systemPaths: [], playwrightPath: () => own })).toEqual({
      found: true,
      executablePath: own,
      source: 'Playwright',
    });
  });

  it("asks Playwright where its own Chromium lives", () => {
    const choice = findChromium({ env: {}, systemPaths: [] });
    const expected = chromium.executablePath();
    if (choice.found) expect(choice.executablePath).toBe(expected);
    else expect(choice.message).toContain(expected);
  });

  it("prefers the system's Chromium, and CHROMIUM_PATH over both", () => {
    const system = installed('system-chromium');
    const own = installed('playwright-chrome-2');
    const wanted = installed('wanted-chromium');
    expect(findChromium({ env: {}, systemPaths: [absent, system], playwrightPath: () => own })).toMatchObject({
      executablePath: system,
      source: 'systeem',
    });
    expect(findChromium({ env: { CHROMIUM_PATH: wanted }, systemPaths: [system], playwrightPath: () => own })).toMatchObject({
      executablePath: wanted,
      source: 'CHROMIUM_PATH',
    });
  });

  it('says what is missing and how to install it when there is none', () => {
    const choice = findChromium({ env: {}, systemPaths: [absent], playwrightPath: () => join(dir, 'nooit-geinstalleerd') });
    expect(choice.found).toBe(false);
    expect(!choice.found && choice.message).toMatch(/^Geen Chromium gevonden voor de browsertests: .*`npx playwright install chromium`/);
  });

  it('refuses a CHROMIUM_PATH that does not exist rather than silently using another browser', () => {
    const system = installed('system-chromium-3');
    expect(findChromium({ env: { CHROMIUM_PATH: absent }, systemPaths: [system] })).toEqual({
      found: false,
      message: `CHROMIUM_PATH wijst naar ${absent}, maar dat bestand bestaat niet.`,
    });
  });
});
