// "Projectorscherm openen": the projector page in a new browser window, for the screen in the room.
// A separate window (not a tab), so both stay visible: the projector pauses while its page is hidden.
// The Electron shell denies new windows, so inside the app this says how to open it instead.
import type { MouseEvent } from 'react';
import { paths } from '../router';

function openWindow(e: MouseEvent<HTMLAnchorElement>, meetingId: number) {
  // Plain link behaviour (a tab) stays for modifier clicks, and when the browser blocks the window.
  if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
  const opened = window.open(e.currentTarget.href, `coalitietafel-projector-${meetingId}`, 'popup');
  if (opened) e.preventDefault();
}

export function ProjectorLink({ meetingId }: { meetingId: number }) {
  if (window.coalitie) {
    return (
      <p className="note projector-note">
        Projectorscherm: dit venster kan geen tweede venster openen. Open deze vergadering in de browserversie van Coalitietafel
        en kies daar “Projectorscherm openen”; het volgt deze vergadermodus vanzelf.
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
