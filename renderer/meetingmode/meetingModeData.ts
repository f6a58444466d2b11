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

let started: { id: number; data: Promise<MeetingModeData> } | null = null;

/** Starts loading meeting mode of meeting id; the screen takes the result when it mounts. */
export function prefetchMeetingMode(call: Call, id: number): void {
  const data = loadMeetingMode(call, id);
  // Handled here so an unused head start that fails is not an unhandled rejection; the taker still sees the error.
  data.catch(() => {});
  started = { id, data };
}

/** The head start for meeting id, once: a later load (a retry, another visit) asks the store afresh. */
export function takeMeetingModePrefetch(id: number): Promise<MeetingModeData> | null {
  const head = started?.id === id ? started.data : null;
  started = null;
  return head;
}
