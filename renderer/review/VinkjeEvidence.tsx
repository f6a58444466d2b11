// What the registers hold for one vinkje, shown when the chair opens the vinkje: the summary (which says plainly
// "niets vastgelegd" where nothing is on record), on request the newest entries with date, soort, bron and why,
// each with "Aanhalen" to cite it in the answer, and "en N oudere vermeldingen" linking to the Registers screen;
// for vinkje 2 the other themes, for vinkje 5 the wijk profiles.
// Memoised: saving one vinkje's answer does not re-render any evidence list; citing re-renders only that vinkje's.
import { memo, useId, useState } from 'react';
import {
  NORM_KEPT_LABELS,
  REGISTER_KIND_LABELS,
  SOURCE_KIND_LABELS,
  type DecisionEvidence,
  type EvidenceEntry,
  type EvidenceMatch,
  type VinkjeEvidence as VinkjeEvidenceData,
} from '../../shared/registers';
import { formatDate } from '../format';
import { paths } from '../router';
import { useVinkjeEvidence } from './evidence';
import '../monitoring/monitoring.css';

const MATCH_LABELS: Record<EvidenceMatch, string> = { interventie: 'interventie', thema: 'thema', wijk: 'wijk' };

function shorten(text: string, max = 280): string {
  const t = text.trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

function entryFacts(e: EvidenceEntry): string[] {
  const facts = [REGISTER_KIND_LABELS[e.kind], `Bron: ${SOURCE_KIND_LABELS[e.sourceKind]}${e.sourceName ? ` (${e.sourceName})` : ''}`];
  if (e.kind === 'norm' && e.kept) facts.push(NORM_KEPT_LABELS[e.kept]);
  if (e.kind === 'succes') facts.push(e.celebrated === 'ja' ? `Gevierd${e.celebration ? `: ${e.celebration}` : ''}` : 'Nog niet gevierd');
  if (e.matchedBy.length > 0) facts.push(`Via ${e.matchedBy.map((m) => MATCH_LABELS[m]).join(', ')}`);
  return facts;
}

/** The Registers screen, on the register of the listed entries (if one) and on an intervention of the decision. */
function moreHref(vinkje: VinkjeEvidenceData, scope: DecisionEvidence['scope'] | null): string {
  const kinds = new Set(vinkje.entries.map((e) => e.kind));
  const kind = kinds.size === 1 ? [...kinds][0]! : null;
  const interventionIds = scope?.interventionIds ?? [];
  const linked = interventionIds.find((id) => vinkje.entries.some((e) => e.interventionIds.includes(id))) ?? interventionIds[0] ?? null;
  return paths.registers(kind, linked);
}

type Cite = (vinkje: VinkjeEvidenceData, entryId: number, on: boolean) => Promise<void>;

const EvidenceBody = memo(function EvidenceBody({
  vinkje,
  scope,
  cite,
  baseId,
}: {
  vinkje: VinkjeEvidenceData;
  scope: DecisionEvidence['scope'] | null;
  cite: Cite;
  baseId: string;
}) {
  const id = baseId;
  // The list is long (up to ten entries with their facts): shown when asked for, or when one is cited already.
  const [showEntries, setShowEntries] = useState(() => vinkje.entries.some((e) => e.cited));
  return (
    <>
      <p className={`evidence-summary${vinkje.nothingOnRecord ? ' nothing' : ''}`}>{vinkje.summary}</p>
      {vinkje.entries.length > 0 && (
        <button type="button" className="button-quiet" aria-expanded={showEntries} onClick={() => setShowEntries(!showEntries)}>
          {showEntries ? 'Vermeldingen verbergen' : `Vermeldingen tonen (${vinkje.entries.length})`}
          <span className="visually-hidden"> bij vinkje {vinkje.position}</span>
        </button>
      )}
      {vinkje.otherThemes && vinkje.otherThemes.length > 0 && (
        <ul className="evidence-themes">
          {vinkje.otherThemes.map((t) => (
            <li key={t.id}>
              <strong>{t.name}</strong>, via {t.viaInterventions.join(', ')}
            </li>
          ))}
        </ul>
      )}
      {vinkje.wijken && vinkje.wijken.length > 0 && (
        <dl className="evidence-wijken">
          {vinkje.wijken.map((w) => {
            const parts = [w.identity, w.characteristics, w.pride ? `Trots op: ${w.pride}` : ''].filter((p) => p.trim() !== '');
            return (
              <div key={w.id}>
                <dt>{w.name}</dt>
                <dd>{parts.length > 0 ? shorten(parts.join(' ')) : 'Niets vastgelegd over wat de wijk eigen maakt.'}</dd>
              </div>
            );
          })}
        </dl>
      )}
      {vinkje.entries.length > 0 && showEntries && (
        <>
          <ul className="evidence-entries">
            {vinkje.entries.map((e) => (
              <li key={e.id} className={e.cited ? 'cited' : undefined}>
                <div className="choice">
                  <input
                    type="checkbox"
                    id={`${id}-${e.id}`}
                    checked={e.cited}
                    aria-describedby={`${id}-${e.id}-feiten`}
                    onChange={(ev) => void cite(vinkje, e.id, ev.target.checked)}
                  />
                  <label htmlFor={`${id}-${e.id}`}>Aanhalen: {e.title}</label>
                </div>
                <p className="evidence-facts" id={`${id}-${e.id}-feiten`}>
                  <time dateTime={e.date}>{formatDate(e.date)}</time>
                  {entryFacts(e).map((f) => (
                    <span key={f}>{f}</span>
                  ))}
                </p>
                {e.text && <p className="evidence-text">{shorten(e.text)}</p>}
              </li>
            ))}
          </ul>
          {vinkje.more > 0 && (
            <p className="evidence-more">
              <a href={moreHref(vinkje, scope)}>
                en {vinkje.more} {vinkje.more === 1 ? 'oudere vermelding' : 'oudere vermeldingen'}
                <span className="visually-hidden"> bij vinkje {vinkje.position}, in de registers</span>
              </a>
            </p>
          )}
          <p className="hint">Wat u aanhaalt, staat in de notulen bij het antwoord op dit vinkje.</p>
        </>
      )}
    </>
  );
});

export const VinkjeEvidence = memo(function VinkjeEvidence({ checklistItemId, position }: { checklistItemId: number; position: number }) {
  const id = useId();
  const state = useVinkjeEvidence(checklistItemId);
  if (!state) return null;
  const { vinkje, error } = state;

  return (
    <div className="evidence" aria-labelledby={`${id}-kop`} role="group">
      <h4 id={`${id}-kop`} className="evidence-title">
        Wat is vastgelegd<span className="visually-hidden"> bij vinkje {position}</span>
      </h4>
      {error ? (
        <div className="evidence-error">
          <p>Wat er is vastgelegd, kon niet worden geladen. {error}</p>
          <button type="button" className="button-quiet" onClick={state.reload}>
            Opnieuw laden<span className="visually-hidden"> bij vinkje {position}</span>
          </button>
        </div>
      ) : !vinkje ? (
        <p className="hint">Laden…</p>
      ) : (
        <EvidenceBody vinkje={vinkje} scope={state.scope} cite={state.cite} baseId={id} />
      )}
    </div>
  );
});
