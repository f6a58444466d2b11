// Editing opens a form in place: the cursor starts in it. Only on mount, so a re-render never steals focus.
import { useEffect, type RefObject } from 'react';

export function useFocusOnMount(ref: RefObject<HTMLElement | null>, when: boolean | undefined) {
  useEffect(() => {
    if (when) ref.current?.focus();
  }, []);
}
