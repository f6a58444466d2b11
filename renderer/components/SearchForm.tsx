// The one search field, in the header: finds decisions, agenda items, notes, toelichtingen and actions.
import { useEffect, useState, type FormEvent } from 'react';
import { navigate, paths } from '../router';

export function SearchForm({ current }: { current: string }) {
  const [q, setQ] = useState(current);
  // Follow the route (back/forward, a new search from elsewhere).
  useEffect(() => setQ(current), [current]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const text = q.trim();
    if (text) navigate(paths.search(text));
  };

  return (
    <form role="search" aria-label="Zoeken" className="site-search" onSubmit={submit} noValidate>
      <label htmlFor="zoekveld" className="visually-hidden">
        Zoeken
      </label>
      <input id="zoekveld" type="search" value={q} onChange={(e) => setQ(e.target.value)} autoComplete="off" placeholder="Zoeken…" />
      <button type="submit">Zoek</button>
    </form>
  );
}
