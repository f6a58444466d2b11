// The keurmerk status of one plan or intervention, as cards, lists and the review screen show it: the level in
// words, when, by whom and on which wording, and — in amber — when the review is older than the plan.
import { keurmerkLabel, keurmerkOutdated, keurmerkWhen, type KeurmerkStatus, type KeurmerkSubjectKind } from '../../shared/keurmerk';
import './keurmerk.css';

export function KeurmerkStatusLine(props: { status: KeurmerkStatus; kind: KeurmerkSubjectKind; href?: string; title?: string }) {
  const { status: s } = props;
  const when = keurmerkWhen(s);
  const outdated = keurmerkOutdated(s, props.kind);
  return (
    <p className="keurmerk" data-keurmerk={s.level} data-outdated={s.outdated ? 'true' : undefined}>
      <span className="visually-hidden">Keurmerk: </span>
      <span className={`keurmerk-level level-${s.level}`}>{keurmerkLabel(s)}</span>
      {when && <span className="keurmerk-when">{when}</span>}
      {props.href && (
        <>
          {' · '}
          <a href={props.href}>
            {s.level === 'niet-getoetst' ? 'Langs de vinkjes leggen' : 'Toetsing bekijken'}
            {props.title && <span className="visually-hidden"> voor {props.title}</span>}
          </a>
        </>
      )}
      {outdated && <strong className="keurmerk-outdated">{outdated}</strong>}
    </p>
  );
}
