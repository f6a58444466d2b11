// The right-click menu as a plain template (type-only electron import); main.ts pops it up. Electron shows
// none by default, so without this a notulist has no copy/paste by mouse and no spelling suggestions.
// Labels are Dutch: the roles' own labels follow the OS language.
import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron';

/** What the menu needs from the page it belongs to. */
export interface ContextMenuTarget {
  replaceMisspelling(word: string): void;
  addToDictionary(word: string): void;
}

type Params = Pick<ContextMenuParams, 'misspelledWord' | 'dictionarySuggestions' | 'isEditable' | 'selectionText' | 'editFlags'>;

export function contextMenuTemplate(params: Params, target: ContextMenuTarget): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  if (params.misspelledWord) {
    const word = params.misspelledWord;
    const suggestions = params.dictionarySuggestions.slice(0, 6);
    for (const suggestion of suggestions) items.push({ label: suggestion, click: () => target.replaceMisspelling(suggestion) });
    if (suggestions.length === 0) items.push({ label: 'Geen suggesties', enabled: false });
    items.push({ label: 'Toevoegen aan woordenboek', click: () => target.addToDictionary(word) }, { type: 'separator' });
  }
  const flags = params.editFlags;
  if (params.isEditable) {
    items.push(
      { role: 'cut', label: 'Knippen', enabled: flags.canCut },
      { role: 'copy', label: 'Kopiëren', enabled: flags.canCopy },
      { role: 'paste', label: 'Plakken', enabled: flags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', label: 'Alles selecteren', enabled: flags.canSelectAll },
    );
  } else if (params.selectionText.trim() !== '') {
    items.push({ role: 'copy', label: 'Kopiëren', enabled: flags.canCopy });
  }
  return items;
}
