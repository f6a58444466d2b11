// "Projectorscherm openen": the projector page in a second window, for the screen in the room.
// A separate window (not a tab), so both stay visible: the projector pauses while its page is hidden.
// In Electron the shell opens it (on the second display when there is one); in the browser, a popup.
import type { MouseEvent } from 'react';
import { paths } from '../router';

function openWindow(e: MouseEvent<HTMLAnchorElement>, meetingId: number) {
  // Plain link behaviour (a tab) stays for modifier clicks, and when the browser blocks the window.
  if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
  const opened = window.open(e.currentTarget.href, `coalitietafel-projector-${meetingId}`, 'popup');
  if (opened) e.preventDefault();
}

export function ProjectorLink({ meetingId }: { meetingId: number }) {
  const host = window.coalitieHost;
  if (host) {
    return (
      <p className="projector-link">
        <button type="button" className="button" onClick={() => void host.openProjector(meetingId)}>
          Projectorscherm openen
        </button>{' '}
        <span className="hint">Het scherm opent op de beamer als die is aangesloten en volgt dit scherm vanzelf.</span>
      </p>
    );
  }
  return (
    <p className="projector-link">
      <a className="button" href={paths.projector(meetingId)} target="_blank" rel="noopener" onClick={(e) => openWindow(e, meetingId)}>
        Projectorscherm openen<span className="visually-hidden"> (opent in een nieuw venster)</span>
      </a>{' '}
      <span className="hint">Sleep het nieuwe venster naar de beamer; het volgt dit scherm vanzelf.</span>
    </p>
  );
}
