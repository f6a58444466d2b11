// What meeting mode loads before it can draw, and a head start for it: the app asks for this data as soon as
// the route is known, alongside fetching the screen's lazy chunk, instead of after the chunk has arrived.
// Kept out of the screen's chunk on purpose (it is imported by the app frame).
import type { MeetingDetail, Organisation, Profile } from '../../shared/domain';
import type { Call } from '../api';

export interface MeetingModeData {
  meeting: MeetingDetail;
  profile: Profile;
  organisations: Organisation[];
}

export async function loadMeetingMode(call: Call, id: number): Promise<MeetingModeData> {
  const [meeting, profile, organisations] = await Promise.all([
    call('meetings:get', { id }),
    call('profile:get', {}),
    call('coalition:list', {}),
  ]);
  return { meeting, profile, organisations };
}

export interface MeetingModeHeadStart {
  data: Promise<MeetingModeData>;
  /** The data, when it had arrived by the time the screen took the head start: drawn in its first render. */
  ready?: MeetingModeData;
}

let started: { id: number; head: MeetingModeHeadStart } | null = null;

/** Starts loading meeting mode of meeting id; the screen takes the result when it mounts. */
export function prefetchMeetingMode(call: Call, id: number): void {
  const head: MeetingModeHeadStart = { data: loadMeetingMode(call, id) };
  // Handled here so an unused head start that fails is not an unhandled rejection; the taker still sees the error.
  head.data.then(
    (value) => (head.ready = value),
    () => {},
  );
  started = { id, head };
}

/**
 * The head start for meeting id, for the screen's first render. It stays on offer until the screen that took it has
 * been put on the screen (releaseMeetingModePrefetch): a render React throws away and tries again (while the
 * screen's code or a transition is on its way) finds it still there instead of asking the store a second time.
 */
export function peekMeetingModePrefetch(id: number): MeetingModeHeadStart | null {
  return started?.id === id ? started.head : null;
}

/** Used once: a later load (a retry, another visit) asks the store afresh. */
export function releaseMeetingModePrefetch(head: MeetingModeHeadStart): void {
  if (started?.head === head) started = null;
}
