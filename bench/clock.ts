// A simulated "now" for the generator only: the services stamp rows with new Date() (created_at,
// answered_at, decided_at, …), and twenty years of archive should carry the dates on which they were
// written, not the minute the benchmark ran. The app's code runs unchanged; only the global Date of the
// generating process answers with the simulated time while it is set.
// (The audit log's "at" comes from SQLite's own clock and keeps the real time of generation.)

const RealDate = Date;
let simulated: number | null = null;

/** Sets the time that `new Date()` and `Date.now()` return; null for the real clock. */
export function setSimulatedTime(time: string | number | null): void {
  simulated = time === null ? null : typeof time === 'number' ? time : new RealDate(time).getTime();
}

export function installSimulatedClock(): () => void {
  const current = () => simulated ?? RealDate.now();
  // A constructor function that returns a real Date: instanceof, methods and statics all stay the real ones.
  function SimulatedDate(this: unknown, ...args: unknown[]): unknown {
    if (!new.target) return new RealDate(current()).toString();
    if (args.length === 0) return new RealDate(current());
    return Reflect.construct(RealDate, args);
  }
  SimulatedDate.prototype = RealDate.prototype;
  SimulatedDate.now = current;
  SimulatedDate.parse = RealDate.parse;
  SimulatedDate.UTC = RealDate.UTC;
  globalThis.Date = SimulatedDate as unknown as DateConstructor;
  return () => {
    globalThis.Date = RealDate;
    simulated = null;
  };
}
