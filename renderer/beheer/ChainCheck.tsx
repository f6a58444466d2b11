// The tamper check: recomputes the hash chain over the adopted minutes and names the first meeting whose
// records no longer match what was adopted.
import { useState } from 'react';
import type { ChainVerification } from '../../shared/contract.durability';
import { useCall } from '../api';
import { useNotices } from '../notices';
import { formatDateTime } from '../format';
import { paths } from '../router';

export function ChainCheck() {
  const call = useCall();
  const notices = useNotices();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ChainVerification | null>(null);

  const check = async () => {
    if (busy) return;
    setBusy(true);
    setResult(null);
    const outcome = await notices.run(() => call('integrity:verifyChain', {}));
    setBusy(false);
    if (outcome.ok) setResult(outcome.value);
  };

  const broken = result?.firstBreak ?? null;
  return (
    <section aria-labelledby="beheer-notulen" className="panel">
      <h2 id="beheer-notulen">Vastgestelde notulen controleren</h2>
      <p>
        Bij het vaststellen krijgen de notulen een zegel dat aan het vorige zegel vastzit. De controle rekent alle zegels opnieuw
        uit en noemt de eerste vergadering waarvan de vastgelegde gegevens niet meer kloppen.
      </p>
      <div className="button-row">
        <button type="button" onClick={check} aria-busy={busy || undefined}>
          Controleer de vastgestelde notulen
        </button>
      </div>
      <div role="status" className="chain-result">
        {busy && <p>Bezig met controleren…</p>}
        {result &&
          (result.ok ? (
            <p className="chain-ok">{result.message}</p>
          ) : (
            <div className="warning">
              <p>{result.message}</p>
              {broken && (
                <dl className="beheer-facts">
                  <div>
                    <dt>Eerste vergadering die niet klopt</dt>
                    <dd>
                      <a href={paths.meeting(broken.meetingId)}>{broken.title}</a> ({formatDateTime(broken.startsAt)})
                    </dd>
                  </div>
                  <div>
                    <dt>Wat niet klopt</dt>
                    <dd>{broken.reason}</dd>
                  </div>
                </dl>
              )}
            </div>
          ))}
      </div>
      {/* Which kind of seal protects the archive, said plainly after every check. */}
      {result && <p className="hint">{result.protectionText}</p>}
    </section>
  );
}
