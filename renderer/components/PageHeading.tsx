// The screen's h1. After a navigation it takes focus, so keyboard and screen-reader users start at the
// top of the new screen instead of on a link that no longer exists; it also sets the window title.
import { useContext, useEffect, useRef, type ReactNode } from 'react';
import { ScreenHashContext, takeFocusRequest } from '../router';

export function PageHeading({ children, title }: { children: ReactNode; title: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const screenHash = useContext(ScreenHashContext);
  useEffect(() => {
    if (takeFocusRequest(screenHash)) ref.current?.focus();
  }, []);
  useEffect(() => {
    document.title = `${title} – Coalitietafel`;
  }, [title]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
