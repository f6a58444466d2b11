// The preview a CSV import shows before anything is written: a summary, every bad line with its reason, the
// good lines that would be written, and "Importeren" / "Annuleren". The importers say what their lines hold;
// the markup (and so its accessible names) is the same for all of them.
import { useRef, type Key, type ReactNode } from 'react';
import { DataTable, type Column } from './DataTable';
import { useFocusOnMount } from '../useFocusOnMount';

export interface CsvLineError {
  line: number;
  message: string;
}

const ERROR_COLUMNS: Column<CsvLineError>[] = [
  { header: 'Regel', rowHeader: true, cell: (e) => e.line },
  { header: 'Fout', cell: (e) => e.message },
];

export function CsvImportPreview<Row>(props: {
  /** The id of the heading that names the section. */
  headingId: string;
  heading: string;
  summary: ReactNode;
  errors: readonly CsvLineError[];
  errorCaption: ReactNode;
  sample: readonly Row[];
  sampleCaption: ReactNode;
  sampleColumns: readonly Column<Row>[];
  sampleKey(row: Row): Key;
  importDisabled: boolean;
  /** "Importeren" is writing: it says so, and "Annuleren" waits. */
  importing: boolean;
  onImport(): void;
  onCancel(): void;
  /** Choices between the tables and the buttons. */
  children?: ReactNode;
}) {
  // The preview appears after the file was checked, where the button that asked for it was: the cursor goes to
  // its heading once it is drawn (a timer set when the check returned could fire before React drew it).
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(headingRef, true);
  return (
    <section aria-labelledby={props.headingId} className="import-preview stack">
      <h3 id={props.headingId} ref={headingRef} tabIndex={-1}>
        {props.heading}
      </h3>
      <p className="import-summary">{props.summary}</p>
      {props.errors.length > 0 && (
        <DataTable caption={props.errorCaption} columns={ERROR_COLUMNS} rows={props.errors} rowKey={(e) => `${e.line}-${e.message}`} />
      )}
      {props.sample.length > 0 && (
        <DataTable caption={props.sampleCaption} columns={props.sampleColumns} rows={props.sample} rowKey={props.sampleKey} />
      )}
      {props.children}
      <div className="form-actions">
        <button type="button" className="button-primary" onClick={props.onImport} disabled={props.importDisabled} aria-busy={props.importing || undefined}>
          Importeren
        </button>
        <button type="button" onClick={props.onCancel} disabled={props.importing}>
          Annuleren
        </button>
      </div>
    </section>
  );
}
