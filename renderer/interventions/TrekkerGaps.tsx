// The plan (H5) wants at least two trekkers per theme: the themes that have fewer, said plainly.
import { MIN_TREKKERS_PER_THEME, type ThemeTrekkerGap } from '../../shared/registers';
import { joinDutch } from '../monitoring/format';

function countText(gap: ThemeTrekkerGap): string {
  if (gap.trekkerCount === 0) return 'geen trekkers';
  const names = joinDutch(gap.trekkers.map((t) => t.name));
  return `${gap.trekkerCount} ${gap.trekkerCount === 1 ? 'trekker' : 'trekkers'} (${names})`;
}

export function TrekkerGaps(props: {
  gaps: ThemeTrekkerGap[];
  /** The themes of the intervention on screen: marked in the list. */
  ownThemeIds?: string[];
  id: string;
}) {
  const own = new Set(props.ownThemeIds ?? []);
  if (props.gaps.length === 0) {
    return (
      <div className="note" id={props.id}>
        <p>Elk thema heeft minstens {MIN_TREKKERS_PER_THEME} trekkers in een lopende interventie, zoals het gebiedsplan vraagt.</p>
      </div>
    );
  }
  return (
    <div className="warning trekker-gaps" id={props.id}>
      <p>
        <strong>
          {props.gaps.length === 1 ? 'Eén thema heeft' : `${props.gaps.length} thema's hebben`} minder dan {MIN_TREKKERS_PER_THEME} trekkers.
        </strong>{' '}
        Het gebiedsplan vraagt per thema minstens twee trekkers; alleen interventies die nog lopen of gepland zijn tellen mee.
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
