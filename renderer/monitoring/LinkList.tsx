// What a plan or register entry is linked to: themes, wijken and interventions (linked by name).
import type { Theme, Wijk } from '../../shared/domain';
import type { InterventionListEntry } from '../../shared/registers';
import { paths } from '../router';
import { namesOf } from './format';

export function LinkList(props: {
  themeIds: string[];
  wijkIds: string[];
  interventionIds: string[];
  themes: Theme[];
  wijken: Wijk[];
  interventions: InterventionListEntry[];
}) {
  // An intervention no longer in the list still shows, by its id.
  const interventions = props.interventionIds.map((id) => props.interventions.find((i) => i.id === id) ?? { id, title: id });
  if (props.themeIds.length === 0 && props.wijkIds.length === 0 && interventions.length === 0) return null;
  return (
    <dl className="links">
      {props.themeIds.length > 0 && (
        <div>
          <dt>Thema's</dt>
          <dd>{namesOf(props.themeIds, props.themes).join(', ')}</dd>
        </div>
      )}
      {props.wijkIds.length > 0 && (
        <div>
          <dt>Wijken</dt>
          <dd>{namesOf(props.wijkIds, props.wijken).join(', ')}</dd>
        </div>
      )}
      {interventions.length > 0 && (
        <div>
          <dt>Interventies</dt>
          <dd>
            {interventions.map((i, n) => (
              <span key={i.id}>
                {n > 0 && ', '}
                <a href={paths.intervention(i.id)}>{i.title}</a>
              </span>
            ))}
          </dd>
        </div>
      )}
    </dl>
  );
}
