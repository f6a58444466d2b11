// Loading and load failures inside one Beheer section. In rescue mode several sections can fail at once
// (the damaged file cannot be read), so each retry button says what it loads again.
import type { ReactNode } from 'react';
import { Loading } from '../components/LoadState';

export function Panel(props: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={props.id} className="panel">
      <h2 id={props.id}>{props.title}</h2>
      {props.children}
    </section>
  );
}

export function SectionState(props: { what: string; error: string | null; onRetry(): void }) {
  if (!props.error) return <Loading />;
  return (
    <div className="load-failed">
      <p>{props.error}</p>
      <button type="button" onClick={props.onRetry} aria-label={`Opnieuw proberen: ${props.what} laden`}>
        Opnieuw proberen
      </button>
    </div>
  );
}
