// The Dutch application menu as a plain template (type-only electron import); main.ts builds it.
// Labels are set explicitly: Electron's role defaults are English on Windows and Linux.
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Shows name and version; on every platform the same Dutch dialog. */
  onAbout(): void;
  /** Adds the developer tools entry; only when not packaged. */
  development: boolean;
}

export function menuTemplate({ platform, onAbout, development }: MenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const about: MenuItemConstructorOptions = { label: 'Over Coalitietafel', click: () => onAbout() };

  const appMenu: MenuItemConstructorOptions = {
    label: 'Coalitietafel',
    submenu: [
      about,
      { type: 'separator' },
      { role: 'services', label: 'Diensten' },
      { type: 'separator' },
      { role: 'hide', label: 'Verberg Coalitietafel' },
      { role: 'hideOthers', label: 'Verberg andere' },
      { role: 'unhide', label: 'Toon alle' },
      { type: 'separator' },
      { role: 'quit', label: 'Stop Coalitietafel' },
    ],
  };

  const file: MenuItemConstructorOptions = {
    label: 'Bestand',
    submenu: mac ? [{ role: 'close', label: 'Venster sluiten' }] : [{ role: 'quit', label: 'Afsluiten' }],
  };

  const edit: MenuItemConstructorOptions = {
    label: 'Bewerken',
    submenu: [
      { role: 'undo', label: 'Ongedaan maken' },
      { role: 'redo', label: 'Opnieuw' },
      { type: 'separator' },
      { role: 'cut', label: 'Knippen' },
      { role: 'copy', label: 'Kopiëren' },
      { role: 'paste', label: 'Plakken' },
      { role: 'selectAll', label: 'Alles selecteren' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: 'Beeld',
    submenu: [
      { role: 'zoomIn', label: 'Zoom in' },
      { role: 'zoomOut', label: 'Zoom uit' },
      { role: 'resetZoom', label: 'Werkelijke grootte' },
      { type: 'separator' },
      { role: 'togglefullscreen', label: 'Volledig scherm' },
      ...(development
        ? ([
            { type: 'separator' },
            { role: 'reload', label: 'Opnieuw laden' },
            { role: 'toggleDevTools', label: 'Ontwikkelaarshulpmiddelen' },
          ] satisfies MenuItemConstructorOptions[])
        : []),
    ],
  };

  // macOS users look for "about" in the app menu, everyone else in Help; Help has it everywhere.
  const help: MenuItemConstructorOptions = { label: 'Help', role: 'help', submenu: [about] };

  return mac ? [appMenu, file, edit, view, help] : [file, edit, view, help];
}
