// Timing: repeated runs, summarised by their median (and spread), with a garbage collection before each series
// when node runs with --expose-gc, so one series does not pay for the garbage of the one before.

export interface Stats {
  median: number;
  p10: number;
  p90: number;
  min: number;
  max: number;
  n: number;
}

export function summarise(samples: readonly number[]): Stats {
  if (samples.length === 0) return { median: NaN, p10: NaN, p90: NaN, min: NaN, max: NaN, n: 0 };
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => {
    const pos = (sorted.length - 1) * q;
    const lo = Math.floor(pos);
    const hi = Math.ceil(pos);
    return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
  };
  return { median: at(0.5), p10: at(0.1), p90: at(0.9), min: sorted[0]!, max: sorted[sorted.length - 1]!, n: sorted.length };
}

export interface MeasureOptions {
  warmup?: number;
  /** At least this many measured runs… */
  minRuns?: number;
  /** …and keep going until this much time is spent, up to maxRuns. */
  minTimeMs?: number;
  maxRuns?: number;
}

export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}

/** Times fn (sync or async) and returns the spread of its run times in milliseconds. */
export async function measure(fn: () => unknown, options: MeasureOptions = {}): Promise<Stats> {
  const { warmup = 3, minRuns = 15, minTimeMs = 800, maxRuns = 200 } = options;
  for (let i = 0; i < warmup; i++) await fn();
  collectGarbage();
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < minRuns || (performance.now() - started < minTimeMs && samples.length < maxRuns)) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return summarise(samples);
}

export const round = (n: number, digits = 2): number => (Number.isFinite(n) ? Math.round(n * 10 ** digits) / 10 ** digits : n);
