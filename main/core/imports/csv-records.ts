// Reading CSV with csv-parse, the one parser for every import: quotes, doubled quotes, separators and line
// ends inside quotes, a byte-order mark, CRLF or LF. Text can come in parts (a large file travels in several
// requests): the reader keeps csv-parse's state between parts and hands out each record once it is complete,
// with the file line it starts on, so a message can say "regel 12".
import { Parser, CsvError } from 'csv-parse';
import { ruleViolation } from '../errors';

export interface CsvRecord {
  /** File line where the record starts; the header is line 1. */
  line: number;
  fields: string[];
}

/** The separator a header uses: ';' (Dutch Excel), a tab, or ','. Quoted text does not count. */
export function detectSeparator(headerText: string): string {
  let semicolons = 0;
  let tabs = 0;
  let inQuotes = false;
  for (const c of headerText) {
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && c === ';') semicolons++;
    else if (!inQuotes && c === '\t') tabs++;
  }
  return semicolons > 0 ? ';' : tabs > 0 ? '\t' : ',';
}

/** A blank record (an empty line, or one of only empty fields) is skipped: spreadsheets leave them at the end. */
export const isBlank = (fields: readonly string[]): boolean => fields.every((f) => f.trim() === '');

function dutchError(error: unknown, line: number): Error {
  if (error instanceof CsvError) {
    const where = `Regel ${line}`;
    if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
      return ruleViolation(`${where}: een aanhalingsteken (") wordt niet gesloten; er is niets ingelezen. Controleer het bestand.`);
    }
    return ruleViolation(`${where} is geen geldige CSV (${error.code}); er is niets ingelezen. Controleer de aanhalingstekens.`);
  }
  return error instanceof Error ? error : new Error(String(error));
}

interface Item {
  record: string[];
  raw: string;
}

/**
 * Line ends in a record's raw text, its own ending included: "\n", "\r\n" or a lone "\r" (csv-parse's raw text
 * of a CRLF record ends at its "\r"; its own count takes "\r\n" inside quotes as two).
 */
function lineEnds(raw: string): number {
  let n = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 10 || (c === 13 && raw.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}

/** Records from text that arrives in parts; the separator is read from the first line. */
export class CsvRecordReader {
  private parser: Parser | null = null;
  private pending = '';
  private nextLine = 1;
  private failed: Error | null = null;
  private readonly out: CsvRecord[] = [];

  /** Adds a part and returns the records it completed. */
  push(part: string): CsvRecord[] {
    if (this.parser === null) {
      // The header decides the separator: wait for its line end (or the end of the text).
      this.pending += part;
      const end = this.pending.search(/\r?\n/);
      if (end === -1) return [];
      this.start(this.pending.slice(0, end));
      const text = this.pending;
      this.pending = '';
      return this.write(text);
    }
    return this.write(part);
  }

  /** The last records; throws the Dutch error when the text ends inside quotes. */
  end(): CsvRecord[] {
    if (this.parser === null) {
      this.start(this.pending);
      this.write(this.pending);
      this.pending = '';
    }
    this.parser!.end();
    return this.drain();
  }

  private start(header: string): void {
    const parser = new Parser({
      delimiter: detectSeparator(header.replace(/^\uFEFF/, '')),
      record_delimiter: ['\r\n', '\n'],
      bom: true,
      raw: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    });
    parser.on('readable', () => this.take());
    parser.on('error', (e) => {
      this.failed = dutchError(e, this.nextLine);
    });
    this.parser = parser;
  }

  private write(text: string): CsvRecord[] {
    if (text !== '') this.parser!.write(text);
    return this.drain();
  }

  private take(): void {
    let item: Item | null;
    while ((item = this.parser!.read() as Item | null) !== null) {
      this.out.push({ line: this.nextLine, fields: item.record });
      this.nextLine += lineEnds(item.raw);
    }
  }

  private drain(): CsvRecord[] {
    // csv-parse hands records over synchronously on write; read what is buffered in case no event fired yet.
    this.take();
    // A parse error is set on the stream synchronously; its 'error' event may only follow on the next tick.
    if (!this.failed && this.parser!.errored) this.failed = dutchError(this.parser!.errored, this.nextLine);
    if (this.failed) throw this.failed;
    return this.out.splice(0, this.out.length);
  }
}

/** Every record of a whole (small) text. */
export function readCsv(text: string): CsvRecord[] {
  const reader = new CsvRecordReader();
  return [...reader.push(text), ...reader.end()];
}
