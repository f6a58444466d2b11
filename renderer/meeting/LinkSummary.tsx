// The thema's, wijken and interventies a decision is linked to, by name.
import type { AgendaItem, Profile } from '../../shared/domain';

function names<T extends { id: string }>(ids: string[], all: T[], name: (t: T) => string): string[] {
  return ids.map((id) => {
    const found = all.find((t) => t.id === id);
    return found ? name(found) : id;
  });
}

export function LinkSummary({ item, profile }: { item: AgendaItem; profile: Profile }) {
  const rows = [
    { label: "Thema's", values: names(item.themeIds, profile.themes, (t) => t.name) },
    { label: 'Wijken', values: names(item.wijkIds, profile.wijken, (w) => w.name) },
    { label: 'Interventies', values: names(item.interventionIds, profile.interventions, (i) => i.title) },
  ].filter((r) => r.values.length > 0);
  if (rows.length === 0) return null;
  return (
    <dl className="links">
      {rows.map((r) => (
        <div key={r.label}>
          <dt>{r.label}</dt>
          <dd>{r.values.join(', ')}</dd>
        </div>
      ))}
    </dl>
  );
}
