// The plan (H5) wants at least two trekkers per theme: the themes that have fewer, said plainly.
import { MIN_TREKKERS_PER_THEME, type ThemeTrekkerGap } from '../../shared/registers';
import type { Theme } from '../../shared/domain';
import { joinDutch } from '../monitoring/format';

// The plan asks for trekkers in the programmateam; the app counts the trekkers it knows of and says so.
function planAsks(themes: readonly Theme[]): string {
  const developing = themes.filter((t) => t.status === 'in ontwikkeling').map((t) => t.name);
  const note =
    developing.length === 0
      ? ''
      : ` ${joinDutch(developing)} ${developing.length === 1 ? 'is' : 'zijn'} nog in ontwikkeling en ${developing.length === 1 ? 'telt' : 'tellen'} niet mee.`;
  return `Het gebiedsplan vraagt per thema minstens twee trekkers in het programmateam.${note}`;
}

function countText(gap: ThemeTrekkerGap): string {
  if (gap.trekkerCount === 0) return 'geen trekkers';
  const names = joinDutch(gap.trekkers.map((t) => t.name));
  return `${gap.trekkerCount} ${gap.trekkerCount === 1 ? 'trekker' : 'trekkers'} (${names})`;
}

export function TrekkerGaps(props: {
  gaps: ThemeTrekkerGap[];
  /** The profile's themes: those still in development are named as not counted. */
  themes: readonly Theme[];
  /** The themes of the intervention on screen: marked in the list. */
  ownThemeIds?: string[];
  id: string;
}) {
  const own = new Set(props.ownThemeIds ?? []);
  if (props.gaps.length === 0) {
    return (
      <div className="note" id={props.id}>
        <p>
          Elk thema heeft minstens {MIN_TREKKERS_PER_THEME} trekkers. {planAsks(props.themes)}
        </p>
      </div>
    );
  }
  return (
    <div className="warning trekker-gaps" id={props.id}>
      <p>
        <strong>
          {props.gaps.length === 1 ? 'Eén thema heeft' : `${props.gaps.length} thema's hebben`} minder dan {MIN_TREKKERS_PER_THEME} trekkers.
        </strong>{' '}
        Geteld zijn de trekkers per thema in het programmateam en die van interventies die nog lopen of gepland zijn. {planAsks(props.themes)}
      </p>
      <ul>
        {props.gaps.map((g) => (
          <li key={g.themeId}>
            <strong>{g.themeName}</strong>: {countText(g)}
            {own.has(g.themeId) && <span className="tag tag-own"> thema van deze interventie</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
