// Standaardagenda: the agenda a new meeting of each body starts from, edited by the programmaleider.
import { useState } from 'react';
import { BODIES, BODY_LABELS, type Body } from '../../shared/domain';
import { useCall } from '../api';
import { useLoad } from '../useLoad';
import { paths } from '../router';
import { bodyInSentence } from '../format';
import { PageHeading } from '../components/PageHeading';
import { Loading, LoadFailed } from '../components/LoadState';
import { RadioGroup } from '../components/fields';
import { TemplateEditor } from '../year/TemplateEditor';

export default function TemplateScreen() {
  const call = useCall();
  const [body, setBody] = useState<Body>('coalitie');
  const loaded = useLoad(async () => ({ body, items: await call('templates:get', { body }) }), [call, body]);
  // While another body's template loads, the previous one must not be shown as this one.
  const data = loaded.data?.body === body ? loaded.data : undefined;

  return (
    <>
      <p className="breadcrumb">
        <a href={paths.year()}>← Jaarplanning</a>
      </p>
      <PageHeading title="Standaardagenda">Standaardagenda</PageHeading>
      <p className="lead">
        Een nieuwe vergadering kan met deze punten beginnen (kies “Standaardagenda” bij het aanmaken, of “Standaardagenda
        toepassen” bij de vergadering). Bestaande agenda’s veranderen niet.
      </p>
      <RadioGroup
        legend="Overleg"
        inline
        value={body}
        onChange={(v) => setBody(v as Body)}
        choices={BODIES.map((b) => ({ value: b, label: BODY_LABELS[b] }))}
      />
      <section aria-labelledby="standaardagenda-punten" className="template-section">
        <h2 id="standaardagenda-punten">Standaardagenda van {bodyInSentence(body)}</h2>
        {loaded.error ? (
          <LoadFailed message={loaded.error} onRetry={loaded.reload} />
        ) : !data ? (
          <Loading />
        ) : (
          <TemplateEditor key={body} body={body} initial={data.items} onSaved={(items) => loaded.setData({ body, items })} />
        )}
      </section>
    </>
  );
}
