// The programmateam's trekkers per theme, with the plan's rule: "Per inhoudelijk thema zijn minimaal twee
// professionals aan elkaar gekoppeld als trekker." A theme with fewer is marked with a warning.
import { MIN_TREKKERS_PER_THEME } from '../../shared/registers';
import type { ThemeTrekkers } from '../../shared/bodies';
import { joinDutch } from '../monitoring/format';

export function ThemeTrekkersPanel({ trekkers }: { trekkers: ThemeTrekkers[] }) {
  const short = trekkers.filter((t) => t.short).length;
  return (
    <section aria-labelledby="trekkers-per-thema" className="panel">
      <h2 id="trekkers-per-thema">Trekkers per thema</h2>
      <p className="hint">Het gebiedsplan vraagt per thema minstens {MIN_TREKKERS_PER_THEME} trekkers uit het programmateam.</p>
      {short > 0 && (
        <p className="warning">
          <strong>{short === 1 ? 'Eén thema heeft' : `${short} thema's hebben`} minder dan {MIN_TREKKERS_PER_THEME} trekkers.</strong>
        </p>
      )}
      <ul className="theme-trekkers">
        {trekkers.map((t) => (
          <li key={t.themeId} className={t.short ? 'warning' : undefined}>
            <strong>{t.themeName}</strong>: {t.trekkers.length === 0 ? 'nog geen trekkers' : joinDutch(t.trekkers.map((x) => x.name))}
            {t.short && <span> — minder dan {MIN_TREKKERS_PER_THEME} trekkers</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
