// "Projectorscherm openen": the projector page in a second window, for the screen in the room.
// A separate window (not a tab), so both stay visible: the projector pauses while its page is hidden.
// In Electron the shell opens it (on the second display when there is one); in the browser, a popup that signs
// itself in with a fresh one-time link (a new window has no session of its own).
import type { MouseEvent } from 'react';
import { paths } from '../router';
import { signInLink } from '../web-session';

const REFUSED = 'Het projectorscherm kon niet worden geopend: geen toegang. Open Coalitietafel opnieuw via een nieuwe aanmeldlink.';

function openWindow(e: MouseEvent<HTMLAnchorElement>, meetingId: number) {
  if (e.button > 1) return;
  e.preventDefault();
  // A modifier or middle click asks for a tab; a plain click for a separate window. Opened now, while the click
  // still counts as the user's, and pointed at the sign-in link once it is there.
  const asTab = e.button === 1 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey;
  const opened = window.open('', asTab ? '_blank' : `coalitietafel-projector-${meetingId}`, asTab ? '' : 'popup');
  if (!opened) return;
  void signInLink(paths.projector(meetingId)).then((url) => {
    if (url) opened.location.replace(url);
    else opened.document.body.textContent = REFUSED;
  });
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
      <a className="button" href={paths.projector(meetingId)} target="_blank" rel="noopener" onClick={(e) => openWindow(e, meetingId)} onAuxClick={(e) => openWindow(e, meetingId)}>
        Projectorscherm openen<span className="visually-hidden"> (opent in een nieuw venster)</span>
      </a>{' '}
      <span className="hint">Sleep het nieuwe venster naar de beamer; het volgt dit scherm vanzelf.</span>
    </p>
  );
}
