// Rapportages in drie lagen (H4, "Gelaagdheid"): laag 1 per wijk in gewone taal voor bewoners, laag 2 de
// sturingsinformatie voor de partners, laag 3 de verantwoording aan het Rijk. First a preview, then DOCX, PDF
// or Markdown with exactly that content.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { REPORT_LAYERS, REPORT_LAYER_LABELS, type ReportDocument, type ReportLayer } from '../../shared/registers';
import { useCall } from '../api';
import { useNotices } from '../notices';
import { useLoad } from '../useLoad';
import { PageHeading } from '../components/PageHeading';
import { LoadGate } from '../components/LoadState';
import { RadioGroup, SelectField } from '../components/fields';
import { ExportButtons } from '../components/ExportButtons';
import { todayLocalDate } from '../format';
import { MonitoringNav } from '../monitoring/MonitoringNav';
import { ReportView } from '../reports/ReportView';
import { renderReportCharts } from '../reports/reportCharts';
import { FormActions } from '../components/FormActions';
import '../monitoring/monitoring.css';

const HINTS: Record<ReportLayer, string> = {
  1: 'Een overzicht in gewone taal voor de bewoners van één wijk.',
  2: 'Voor de partners: interventies, prestaties tegen de afspraken, indicatoren en de scores op de vinkjes.',
  3: 'De verantwoording aan het Rijk over het programma.',
};

interface Choice {
  layer: ReportLayer;
  year: number;
  wijkId: string;
}

const inputOf = (c: Choice) => ({ layer: c.layer, year: c.year, ...(c.wijkId ? { wijkId: c.wijkId } : {}) });

export default function ReportsScreen() {
  const call = useCall();
  const notices = useNotices();
  const thisYear = Number(todayLocalDate().slice(0, 4));
  const profile = useLoad(() => call('profile:get', {}), [call]);
  const [choice, setChoice] = useState<Choice>({ layer: 1, year: thisYear, wijkId: '' });
  const [wijkError, setWijkError] = useState<string | null>(null);
  const [shown, setShown] = useState<{ choice: Choice; report: ReportDocument } | null>(null);
  const [busy, setBusy] = useState(false);
  const wijkRef = useRef<HTMLSelectElement>(null);
  const previewRef = useRef<HTMLHeadingElement>(null);

  const years = Array.from({ length: 8 }, (_, i) => thisYear + 1 - i);
  const valid = (c: Choice) => c.layer !== 1 || c.wijkId !== '';

  const preview = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (!valid(choice)) {
      setWijkError('Kies de wijk: laag 1 is een overzicht per wijk.');
      wijkRef.current?.focus();
      return;
    }
    setWijkError(null);
    setBusy(true);
    const asked = choice;
    const result = await notices.run(() => call('reports:preview', inputOf(asked)));
    setBusy(false);
    if (result.ok) {
      setShown({ choice: asked, report: result.value });
    }
  };
  // Each preview shown takes the cursor to its heading once drawn; a timer set when the preview came back
  // could fire before React drew the first one.
  useEffect(() => {
    if (shown) previewRef.current?.focus();
  }, [shown]);

  const wijken = profile.data?.wijken ?? [];
  const current = shown && JSON.stringify(shown.choice) === JSON.stringify(choice);

  return (
    <>
      <PageHeading title="Rapportages">Rapportages</PageHeading>
      <MonitoringNav current="reports" />
      <p className="lead">Rapporteren in drie lagen, zoals hoofdstuk 4 van het gebiedsplan het beschrijft. Bekijk eerst het voorbeeld, exporteer dan.</p>
      <LoadGate loaded={profile}>
        {() => (
          <form className="stack panel" noValidate onSubmit={preview} aria-label="Rapportage kiezen">
            <RadioGroup
              legend="Laag"
              value={String(choice.layer)}
              onChange={(v) => {
                setChoice((c) => ({ ...c, layer: Number(v) as ReportLayer }));
                setWijkError(null);
              }}
              hint={HINTS[choice.layer]}
              choices={REPORT_LAYERS.map((l) => ({ value: String(l), label: REPORT_LAYER_LABELS[l] }))}
            />
            <div className="field-row">
              <SelectField
                label="Jaar"
                value={String(choice.year)}
                onChange={(v) => setChoice((c) => ({ ...c, year: Number(v) }))}
                options={years.map((y) => ({ value: String(y), label: String(y) }))}
              />
              <SelectField
                label="Wijk"
                value={choice.wijkId}
                onChange={(v) => {
                  setChoice((c) => ({ ...c, wijkId: v }));
                  setWijkError(null);
                }}
                emptyLabel={choice.layer === 1 ? '— kies een wijk —' : 'Alle wijken'}
                options={wijken.map((w) => ({ value: w.id, label: w.name }))}
                error={wijkError}
                selectRef={wijkRef}
                required={choice.layer === 1}
                hint={choice.layer === 1 ? 'Laag 1 gaat over één wijk.' : 'Kies een wijk om alleen die te laten zien.'}
              />
            </div>
            <FormActions submitLabel="Voorbeeld tonen" busy={busy} />
          </form>
        )}
      </LoadGate>
      {shown && (
        <section aria-labelledby="voorbeeld-kop" className="report-preview">
          <h2 id="voorbeeld-kop" ref={previewRef} tabIndex={-1}>
            Voorbeeld
          </h2>
          {!current && (
            <div className="warning">
              <p>U hebt de keuze gewijzigd: dit voorbeeld en de export hieronder horen bij de vorige keuze. Kies “Voorbeeld tonen” om bij te werken.</p>
            </div>
          )}
          <div className="panel">
            <ExportButtons
              what="Rapportage"
              run={async (format) => {
                const input = inputOf(shown.choice);
                // DOCX and PDF carry the charts as images, drawn here; Markdown cannot hold an image without a file.
                const charts = format === 'md' ? [] : await renderReportCharts(call, input);
                return call('reports:export', { ...input, format, ...(charts.length > 0 ? { charts } : {}) });
              }}
            />
          </div>
          <ReportView report={shown.report} />
        </section>
      )}
    </>
  );
}
