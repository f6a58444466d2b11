// Bidirectional control characters (embeddings, overrides, isolates and the two marks) make a viewer draw text in
// another order than it is stored: a right-to-left override in a title turns "Besluit 12" into "21 tiulseB" in
// the PDF, or hides what a line really says. Exported documents are a record, so they carry none of them.
const BIDI_CONTROLS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function withoutBidiControls(value: string): string {
  return value.replace(BIDI_CONTROLS, '');
}

/**
 * The same data with every string cleaned: what an exporter renders (a model, a document, a report) is plain data,
 * so cleaning it once at the entry point reaches every heading, cell, footer and file name. Other objects (dates,
 * buffers) are kept as they are.
 */
export function withoutBidiControlsDeep<T>(value: T): T {
  if (typeof value === 'string') return withoutBidiControls(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => withoutBidiControlsDeep(v)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutBidiControlsDeep(v)])) as T;
  }
  return value;
}
